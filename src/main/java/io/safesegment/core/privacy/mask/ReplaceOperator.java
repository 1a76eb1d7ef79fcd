package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import tech.tablesaw.columns.Column;

/**
 * Replaces every non-missing value with one constant, e.g. {@code <EMAIL>} (an entity token) or {@code REDACTED}.
 * Keeps the column (and its missing-value pattern) while removing all information in it.
 */
public final class ReplaceOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "replace";

    private final String replacement;

    /** @param replacement the constant written in place of every value (not blank) */
    public ReplaceOperator(String replacement) {
        if (replacement == null || replacement.isBlank()) {
            throw new InvalidParameterException(ID, "value", Message.of("mask.replaceOperator.mustNotBeBlank"));
        }
        if (replacement.codePointCount(0, replacement.length()) > 256) {
            throw new InvalidParameterException(ID, "value", Message.of("mask.replaceOperator.mustBeAtMost"));
        }
        this.replacement = replacement;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.MASKED;
    }

    @Override
    public boolean neverReturnsInput() {
        return false; // an input that already equals the constant comes out unchanged
    }

    @Override
    protected boolean cacheValues() {
        return false; // cheaper to recompute than to hash
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        return value -> replacement;
    }
}
