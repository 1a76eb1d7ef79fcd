package io.safesegment.core.privacy.mask;

import tech.tablesaw.columns.Column;

/** Passes a column through unchanged; policies use it to state explicitly that a column was reviewed and kept. */
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
        return column.copy();
    }
}
