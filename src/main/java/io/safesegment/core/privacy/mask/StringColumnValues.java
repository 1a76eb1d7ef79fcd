package io.safesegment.core.privacy.mask;

import io.safesegment.core.data.io.StringColumns;
import tech.tablesaw.api.StringColumn;

/**
 * Builds result string columns in one go ({@link StringColumns}): far cheaper than {@code set(row, value)} row by
 * row or {@code StringColumn.create}, which append value by value into a growing dictionary.
 */
final class StringColumnValues {
    /** Tablesaw's missing-value marker for string columns. */
    static final String MISSING = "";

    private StringColumnValues() {
    }

    /** A string column over {@code values}; {@link #MISSING} entries are missing values. */
    static StringColumn column(String name, String[] values) {
        return StringColumns.ofValues(name, values);
    }

    /**
     * A string column whose row {@code r} holds {@code labels[codes[r]]} (missing where the code is negative or the
     * label null or empty): operators that work once per distinct input value hand over their results this way.
     */
    static StringColumn fromCodes(String name, int[] codes, String[] labels) {
        return StringColumns.ofCodes(name, codes, labels);
    }
}
