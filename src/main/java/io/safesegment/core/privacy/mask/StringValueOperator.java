package io.safesegment.core.privacy.mask;

import io.safesegment.core.task.ParallelRanges;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * Base class for operators that map each value's text to new text. Missing values stay missing; each distinct
 * value is transformed once per column (consistent operators stay consistent and repeated values are cheap).
 */
public abstract class StringValueOperator implements MaskingOperator {

    /**
     * Prepares per-column state (for example an initialised HMAC) and returns the value function. Large columns are
     * split into row ranges transformed in parallel, and this is called once per range, on worker threads: it must
     * be cheap, and every call must return a function giving the same result for the same value.
     */
    protected abstract ValueFunction prepare(Column<?> column, MaskingContext context);

    /** The per-value transformation; {@code value} is never null or empty. */
    @FunctionalInterface
    protected interface ValueFunction {
        /** Transforms one value. */
        String apply(String value);
    }

    /**
     * Whether to remember each distinct value's result within a column. Worth it for keyed and cryptographic
     * operators (HMAC, FF1, AES-SIV); cheap operators override this to skip the hash-map traffic.
     */
    protected boolean cacheValues() {
        return true;
    }

    /** Rows per parallel range: below this, splitting costs more than it saves. */
    private static final int MIN_RANGE = 20_000;

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        prepare(column, context); // fails early (unknown key, wrong column) even for an empty column
        if (column instanceof StringColumn text && !(text.getDictionary() instanceof NullDictionaryMap)) {
            return applyPerDistinct(text, context);
        }
        String[] out = new String[column.size()];
        ParallelRanges.run(out.length, MIN_RANGE, (from, to) -> {
            ValueFunction fn = prepare(column, context);
            Map<String, String> cache = cacheValues() ? new HashMap<>() : null;
            for (int i = from; i < to; i++) {
                if (column.isMissing(i)) {
                    out[i] = StringColumnValues.MISSING;
                    continue;
                }
                String value = column.getString(i);
                if (value.isEmpty()) {
                    out[i] = value;
                    continue;
                }
                String masked = cache == null ? null : cache.get(value);
                if (masked == null) {
                    masked = fn.apply(value);
                    if (cache != null && cache.size() < 1_000_000) {
                        cache.put(value, masked);
                    }
                }
                out[i] = masked;
            }
        });
        return StringColumnValues.column(column.name(), out);
    }

    /**
     * A dictionary-encoded column (Tablesaw's storage when values repeat): each distinct value is transformed once,
     * found by its integer dictionary key, and the result column is built from per-row codes without hashing a
     * string per row. The value functions are deterministic per value (the cache above relies on that too). Many
     * distinct values (names) are transformed in parallel ranges.
     */
    private Column<?> applyPerDistinct(StringColumn column, MaskingContext context) {
        DictionaryMap dictionary = column.getDictionary();
        int n = column.size();
        int[] codes = new int[n];
        // Tablesaw hands out dictionary keys in sequence from the key type's minimum, so almost every key maps to its
        // code through an array; a hash map takes the rest (e.g. the missing value's key, or keys after edits).
        int[] dense = new int[Math.min(n, 1 << 26) + 2];
        Arrays.fill(dense, -1);
        Int2IntOpenHashMap sparse = new Int2IntOpenHashMap();
        sparse.defaultReturnValue(-1);
        long base = dictionary instanceof ByteDictionaryMap ? Byte.MIN_VALUE
                : dictionary instanceof ShortDictionaryMap ? Short.MIN_VALUE : Integer.MIN_VALUE;
        List<String> distinct = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int key = dictionary.getKeyForIndex(r);
            long offset = key - base;
            boolean inDense = offset >= 0 && offset < dense.length;
            int code = inDense ? dense[(int) offset] : sparse.get(key);
            if (code < 0) {
                code = distinct.size();
                distinct.add(dictionary.getValueForKey(key));
                if (inDense) {
                    dense[(int) offset] = code;
                } else {
                    sparse.put(key, code);
                }
            }
            codes[r] = code;
        }
        String[] labels = new String[distinct.size()];
        ParallelRanges.run(labels.length, MIN_RANGE, (from, to) -> {
            ValueFunction fn = prepare(column, context);
            for (int c = from; c < to; c++) {
                String value = distinct.get(c);
                labels[c] = value == null || value.isEmpty() ? null : fn.apply(value);
            }
        });
        return StringColumnValues.fromCodes(column.name(), codes, labels);
    }
}
