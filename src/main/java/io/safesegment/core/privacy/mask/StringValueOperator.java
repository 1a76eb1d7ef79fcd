package io.safesegment.core.privacy.mask;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * Base class for operators that map each value's text to new text. Missing values stay missing; each distinct
 * value is transformed once per column (consistent operators stay consistent and repeated values are cheap).
 */
public abstract class StringValueOperator implements MaskingOperator {

    /** Prepares per-column state (for example an initialised HMAC) and returns the value function. */
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

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        ValueFunction fn = prepare(column, context);
        if (column instanceof StringColumn text && !(text.getDictionary() instanceof NullDictionaryMap)) {
            return applyPerDistinct(text, fn);
        }
        int n = column.size();
        String[] out = new String[n];
        Map<String, String> cache = cacheValues() ? new HashMap<>() : null;
        for (int i = 0; i < n; i++) {
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
        return StringColumnValues.column(column.name(), out);
    }

    /**
     * A dictionary-encoded column (Tablesaw's storage when values repeat): each distinct value is transformed once,
     * found by its integer dictionary key, and the result column is built from per-row codes without hashing a
     * string per row. The value functions are deterministic per value (the cache above relies on that too).
     */
    private static Column<?> applyPerDistinct(StringColumn column, ValueFunction fn) {
        DictionaryMap dictionary = column.getDictionary();
        int n = column.size();
        int[] codes = new int[n];
        Int2IntOpenHashMap keyToCode = new Int2IntOpenHashMap();
        keyToCode.defaultReturnValue(-1);
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int key = dictionary.getKeyForIndex(r);
            int code = keyToCode.get(key);
            if (code < 0) {
                String value = dictionary.getValueForKey(key);
                code = labels.size();
                labels.add(value == null || value.isEmpty() ? null : fn.apply(value));
                keyToCode.put(key, code);
            }
            codes[r] = code;
        }
        return StringColumnValues.fromCodes(column.name(), codes, labels.toArray(String[]::new));
    }
}
