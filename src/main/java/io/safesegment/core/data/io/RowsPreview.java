package io.safesegment.core.data.io;

import io.safesegment.core.data.ColumnType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a spreadsheet or JSON file looks like before it is loaded: the inferred columns (which the user may override
 * by name before loading) and the first rows as text. Types are inferred from the previewed rows only, so a load
 * of the whole file may still widen a column; the user's overrides always win.
 *
 * @param columns  inferred column specs, in file order
 * @param rows     up to {@link CsvImport#PREVIEW_ROWS} rows, each as long as {@code columns}
 * @param warnings header renames and other notes
 */
public record RowsPreview(List<ColumnSpec> columns, List<List<String>> rows, List<String> warnings) {
    /** Copies the lists. */
    public RowsPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** Infers the column types of {@code rows} the way {@link RowTableBuilder} does for a full load. */
    static RowsPreview of(List<String> names, List<String[]> rows, List<String> warnings) {
        List<ColumnSpec> specs = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            List<String> values = new ArrayList<>(rows.size());
            for (String[] r : rows) {
                values.add(r[i] == null ? "" : r[i]);
            }
            ColumnSpec spec = TypeInference.infer(names.get(i), values, CsvImportOptions.DEFAULT_MISSING, '.');
            boolean temporal = spec.type() == ColumnType.DATE || spec.type() == ColumnType.DATE_TIME;
            // A full load keeps such a column as text too (see RowTableBuilder).
            specs.add(temporal && spec.pattern() == null ? new ColumnSpec(spec.name(), ColumnType.TEXT, null) : spec);
        }
        List<List<String>> text = rows.stream()
                .map(r -> Arrays.stream(r).map(v -> v == null ? "" : v).toList())
                .toList();
        return new RowsPreview(specs, text, warnings);
    }
}
