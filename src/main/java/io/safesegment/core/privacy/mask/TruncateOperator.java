package io.safesegment.core.privacy.mask;

import tech.tablesaw.columns.Column;

/** Keeps the first {@code length} characters (code points) of each value: "SW1A 1AA" → "SW1". */
public final class TruncateOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "truncate";

    private final int length;

    /** @param length how many characters to keep, at least 1 */
    public TruncateOperator(int length) {
        if (length < 1) {
            throw new MaskingException("truncate: 'length' must be at least 1");
        }
        this.length = length;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.GENERALISED;
    }

    @Override
    public boolean neverReturnsInput() {
        return false; // values no longer than the limit pass unchanged
    }

    @Override
    protected boolean cacheValues() {
        return false; // cheaper to recompute than to hash
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        return value -> value.codePointCount(0, value.length()) <= length
                ? value : value.substring(0, value.offsetByCodePoints(0, length));
    }
}
