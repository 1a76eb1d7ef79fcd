package io.safesegment.core.privacy.mask;

import tech.tablesaw.api.StringColumn;

/**
 * Builds result string columns in one go: {@code StringColumn.create(name, String[])} is 10–20× faster than
 * {@code set(row, value)} row by row on a million distinct values, because Tablesaw then builds its dictionary once.
 */
final class StringColumnValues {
    /** Tablesaw's missing-value marker for string columns. */
    static final String MISSING = "";

    private StringColumnValues() {
    }

    /** A string column over {@code values}; {@link #MISSING} entries are missing values. */
    static StringColumn column(String name, String[] values) {
        return StringColumn.create(name, values);
    }
}
