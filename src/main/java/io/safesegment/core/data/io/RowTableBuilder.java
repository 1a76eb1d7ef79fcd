package io.safesegment.core.data.io;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds a typed table from rows of strings already in memory (JSON, spreadsheets, database text): infers each
 * column's type from all values, or uses the declared one, and widens a column when a value does not fit.
 */
public final class RowTableBuilder {
    private RowTableBuilder() {
    }

    /**
     * @param tableName name of the table
     * @param names     unique column names
     * @param rows      rows, each exactly {@code names.size()} long; null cells count as missing
     * @param declared  type overrides by column name
     * @param missing   tokens that count as missing in typed columns
     * @param warnings  notes collected so far (copied into the result)
     */
    public static ImportResult build(String tableName, List<String> names, List<String[]> rows,
                                     Map<String, ColumnType> declared, Set<String> missing, List<String> warnings,
                                     Progress progress) {
        List<String> notes = new ArrayList<>(warnings);
        List<ColumnSpec> specs = new ArrayList<>();
        Column<?>[] columns = new Column<?>[names.size()];
        for (int i = 0; i < names.size(); i++) {
            progress.checkCancelled();
            List<String> values = new ArrayList<>(rows.size());
            for (String[] r : rows) {
                values.add(r[i] == null ? "" : r[i]);
            }
            String name = names.get(i);
            ColumnType type = declared.get(name);
            ColumnSpec spec = type == null ? TypeInference.infer(name, values, missing, '.')
                    : new ColumnSpec(name, type, TypeInference.findPattern(type,
                    values.stream().filter(v -> !missing.contains(v)).toList()));
            if (spec.type() == ColumnType.DATE && spec.pattern() == null) {
                spec = new ColumnSpec(name, ColumnType.TEXT, null);
                notes.add("column \"" + name + "\" has no recognisable date format; kept as text");
            } else if (spec.type() == ColumnType.DATE_TIME && spec.pattern() == null) {
                spec = new ColumnSpec(name, ColumnType.TEXT, null);
                notes.add("column \"" + name + "\" has no recognisable date-time format; kept as text");
            }
            ColumnBuilder builder = ColumnBuilder.of(spec, missing, '.');
            for (int r = 0; r < values.size(); r++) {
                if (!builder.put(r, values.get(r))) {
                    ColumnType wider = ColumnBuilder.widen(spec.type(), values.get(r), '.');
                    notes.add("column \"" + name + "\" read as " + wider + " because row " + (r + 1)
                            + " is not a valid " + spec.type());
                    spec = new ColumnSpec(name, wider, null);
                    builder = ColumnBuilder.of(spec, missing, '.');
                    r = -1;
                }
            }
            specs.add(spec);
            columns[i] = builder.build(values.size());
            progress.report((i + 1.0) / names.size(), Message.of("progress.import.column", i + 1, names.size()));
        }
        return new ImportResult(Table.create(tableName, columns), specs, null, 0, List.of(), notes);
    }
    /**
     * Builds a table from rows of strings with exactly the given column types and date patterns (no inference, no
     * widening): how another engine rebuilds, chunk by chunk, the table the importer read, so that every chunk
     * parses its values as the whole file was parsed (record 0037).
     *
     * @param rows    rows, each {@code specs.size()} long; null cells count as missing
     * @param missing tokens that count as missing in typed columns
     * @throws IllegalArgumentException naming the column and the chunk row when a value does not fit its type
     */
    public static Table buildWithSpecs(String tableName, List<ColumnSpec> specs, List<String[]> rows,
                                       Set<String> missing) {
        Column<?>[] columns = new Column<?>[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            ColumnBuilder builder = ColumnBuilder.of(specs.get(i), missing, '.');
            for (int r = 0; r < rows.size(); r++) {
                String v = rows.get(r)[i];
                if (!builder.put(r, v == null ? "" : v)) {
                    throw new io.safesegment.core.i18n.LocalizedArgumentException(Message.of(
                            "io.rowTableBuilder.notValidInChunk", specs.get(i).name(), r + 1,
                            String.valueOf(specs.get(i).type())));
                }
            }
            columns[i] = builder.build(rows.size());
        }
        return Table.create(tableName, columns);
    }
}
