package io.safesegment.core.privacy.mask;

import io.safesegment.core.data.io.DictionaryCodes;
import io.safesegment.core.task.ParallelRanges;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.NullDictionaryMap;

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
     * found by its code ({@link DictionaryCodes}: read from the dictionary's arrays, no hashing per row), and the
     * result column is built from per-row codes. The value functions are deterministic per value (the cache above
     * relies on that too). Many distinct values (names) are transformed in parallel ranges.
     */
    private Column<?> applyPerDistinct(StringColumn column, MaskingContext context) {
        DictionaryCodes dictionary = DictionaryCodes.of(column);
        String[] distinct = dictionary.values();
        String[] labels = new String[distinct.length];
        ParallelRanges.run(labels.length, MIN_RANGE, (from, to) -> {
            ValueFunction fn = prepare(column, context);
            for (int c = from; c < to; c++) {
                String value = distinct[c];
                labels[c] = value == null || value.isEmpty() ? null : fn.apply(value);
            }
        });
        return StringColumnValues.fromCodes(column.name(), dictionary.codes(), labels);
    }
}
