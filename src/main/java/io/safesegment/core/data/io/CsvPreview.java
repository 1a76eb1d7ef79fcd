package io.safesegment.core.data.io;

import java.util.List;

/**
 * What a file looks like before it is loaded: the resolved format, the inferred columns (which the user may
 * override) and the first rows as raw strings.
 *
 * @param format   detected or given format
 * @param columns  inferred column specs, in file order
 * @param rows     up to {@link CsvImport#PREVIEW_ROWS} data rows as strings (ragged rows kept as they are)
 * @param warnings header renames and other notes
 */
public record CsvPreview(CsvFormat format, List<ColumnSpec> columns, List<List<String>> rows, List<String> warnings) {
    /** Copies the lists. */
    public CsvPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
