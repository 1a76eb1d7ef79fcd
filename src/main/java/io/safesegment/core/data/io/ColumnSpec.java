package io.safesegment.core.data.io;

import io.safesegment.core.data.ColumnType;
import java.util.Objects;

/**
 * A column as it will be (or was) imported.
 *
 * @param name    final column name (blank and duplicate headers already renamed)
 * @param type    logical type
 * @param pattern for dates and date-times the recognised format ({@link ValueParsers#EPOCH_MILLIS} for epoch
 *                milliseconds), otherwise null
 */
public record ColumnSpec(String name, ColumnType type, String pattern) {
    /** Validates the record. */
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
