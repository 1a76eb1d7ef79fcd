package io.safesegment.core.privacy.mask;

import tech.tablesaw.columns.Column;

/**
 * Passes a column through unchanged; policies use it to state explicitly that a column was reviewed and kept.
 *
 * <p>The column object itself is passed on, not a copy (copying a million-row string column costs seconds), so a
 * masked table shares its kept columns with the input and both must be treated as read-only.
 */
public final class KeepOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "keep";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.KEPT;
    }

    @Override
    public boolean neverReturnsInput() {
        return false;
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        return column;
    }
}
