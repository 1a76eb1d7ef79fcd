package io.safesegment.core.privacy.mask;

import tech.tablesaw.columns.Column;

/** Removes the column from the output entirely: the safest choice for identifiers nobody downstream needs. */
public final class RedactOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "redact";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.REMOVED;
    }

    @Override
    public boolean neverReturnsInput() {
        return true;
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        return null;
    }
}
