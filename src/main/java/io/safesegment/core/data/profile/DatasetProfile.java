package io.safesegment.core.data.profile;

import java.util.List;

/**
 * Summary of a whole table.
 *
 * @param table         table name
 * @param rows          row count
 * @param duplicateRows rows that exactly repeat an earlier row
 * @param memoryBytes   estimated heap size of the table's data
 * @param columns       per-column summaries in table order
 */
public record DatasetProfile(String table, int rows, long duplicateRows, long memoryBytes,
                             List<ColumnProfile> columns) {
    /** Copies the list. */
    public DatasetProfile {
        columns = List.copyOf(columns);
    }
}
