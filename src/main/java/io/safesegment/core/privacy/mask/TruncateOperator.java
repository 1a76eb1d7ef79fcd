package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import tech.tablesaw.columns.Column;

/** Keeps the first {@code length} characters (code points) of each value: "SW1A 1AA" → "SW1". */
public final class TruncateOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "truncate";
    /** Longest prefix a rule may keep; longer keeps whole identifiers. */
    public static final int MAX_LENGTH = 32;

    private final int length;

    /** @param length how many characters to keep, at least 1 */
    public TruncateOperator(int length) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new InvalidParameterException(ID, "length", Message.of("mask.truncateOperator.mustBeBetween1", MAX_LENGTH, length));
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
