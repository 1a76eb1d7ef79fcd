package io.safesegment.core.data.io;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A loaded table and what happened on the way.
 *
 * @param table       the data
 * @param columns     the column specs actually used
 * @param csvFormat   for delimited files the resolved format, otherwise null
 * @param skippedRows rows skipped in skip-bad-rows mode
 * @param issues      the first skipped rows with reasons (at most {@link #MAX_ISSUES})
 * @param warnings    header renames, type widenings and other notes
 */
public record ImportResult(Table table, List<ColumnSpec> columns, CsvFormat csvFormat, long skippedRows,
                           List<RowIssue> issues, List<String> warnings) {
    /** How many row issues are kept in detail. */
    public static final int MAX_ISSUES = 1000;

    /** Copies the lists. */
    public ImportResult {
        columns = List.copyOf(columns);
        issues = List.copyOf(issues);
        warnings = List.copyOf(warnings);
    }
}
