package io.safesegment.core.privacy.mask;

import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

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

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        ValueFunction fn = prepare(column, context);
        int n = column.size();
        String[] out = new String[n];
        Map<String, String> cache = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (column.isMissing(i)) {
                out[i] = null;
                continue;
            }
            String value = column.getString(i);
            if (value.isEmpty()) {
                out[i] = value;
                continue;
            }
            String masked = cache.get(value);
            if (masked == null) {
                masked = fn.apply(value);
                if (cache.size() < 1_000_000) {
                    cache.put(value, masked);
                }
            }
            out[i] = masked;
        }
        StringColumn result = StringColumn.create(column.name(), n);
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                result.setMissing(i);
            } else {
                result.set(i, out[i]);
            }
        }
        return result;
    }
}
