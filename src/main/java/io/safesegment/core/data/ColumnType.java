package io.safesegment.core.data;

/**
 * The logical type of an imported column. {@link #TEXT} and {@link #CATEGORY} are both stored as Tablesaw string
 * columns; the distinction tells profiling and the UI whether a column is free text or a small set of labels.
 */
public enum ColumnType {
    /** Whole numbers (stored as int, or long when a value does not fit). */
    INTEGER,
    /** Numbers with a fraction or exponent (stored as double). */
    DECIMAL,
    /** Free text, identifiers, anything kept verbatim. */
    TEXT,
    /** Text with few distinct values. */
    CATEGORY,
    /** true/false, yes/no. */
    BOOLEAN,
    /** Calendar date. */
    DATE,
    /** Date and time of day (offsets are converted to UTC). */
    DATE_TIME;

    /** Whether values are numbers. */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
