package io.safesegment.spark;

import io.safesegment.core.data.io.CellText;
import io.safesegment.core.data.io.RowTableBuilder;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Moves rows between Spark and the core: a chunk of Spark rows (cell texts) becomes a typed Tablesaw table built by
 * the core's own row builder with the driver's column types, so the masking operators see the same values as on the
 * desktop; a table becomes rows of the texts the desktop engine would write.
 */
final class ChunkTables {
    private ChunkTables() {
    }

    /**
     * @throws IllegalArgumentException naming the column when a value in this chunk does not fit the column's type
     *                                  (declare the type in the import step's {@code options.columnTypes})
     */
    static Table build(ColumnsSchema schema, List<String[]> rows, String name) {
        return RowTableBuilder.buildWithSpecs(name, schema.specs(), rows, schema.missing());
    }

    /** A chunk of Spark rows as a typed table: {@link #build} of their cell {@link #texts}. */
    static Table table(ColumnsSchema schema, List<Row> rows, String name) {
        List<String[]> texts = new ArrayList<>(rows.size());
        for (Row r : rows) {
            texts.add(texts(r, schema.size()));
        }
        return build(schema, texts, name);
    }

    static String[] texts(Row row, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            Object v = row.get(i);
            out[i] = v == null ? "" : v.toString();
        }
        return out;
    }

    static List<Row> rows(Table table) {
        List<Column<?>> columns = table.columns();
        int n = columns.size();
        List<Row> out = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] cells = new Object[n];
            for (int c = 0; c < n; c++) {
                cells[c] = CellText.of(columns.get(c), r);
            }
            out.add(RowFactory.create(cells));
        }
        return out;
    }
}
