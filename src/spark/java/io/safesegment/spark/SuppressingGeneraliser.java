package io.safesegment.spark;

import io.safesegment.core.data.io.CellText;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.anonymise.HierarchyBuilders;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import tech.tablesaw.api.Table;

/**
 * The desktop's {@code Anonymiser.apply} per partition, in chunks: every quasi-identifier generalised to its level
 * through its hierarchy (the typed cell's text, missing as the empty string), and all quasi-identifiers of a row
 * whose generalised class the driver's check suppressed (below k, not l-diverse, not t-close) become {@code *}.
 * Other cells become the texts the desktop writes. No shuffle: rows keep their partition and order.
 *
 * @param schema            the input's columns
 * @param index             the quasi-identifiers' positions, in the options' order
 * @param levels            the transformation, in the same order
 * @param hierarchyRows     each quasi-identifier's hierarchy rows (the core's {@code Hierarchy} is not serialisable)
 * @param suppressedClasses the generalised quasi-identifier values of every suppressed class
 */
record SuppressingGeneraliser(ColumnsSchema schema, int[] index, int[] levels,
                              ArrayList<ArrayList<ArrayList<String>>> hierarchyRows,
                              HashSet<ArrayList<String>> suppressedClasses) implements MapPartitionsFunction<Row, Row> {

    static ArrayList<ArrayList<String>> rowsOf(Hierarchy h) {
        ArrayList<ArrayList<String>> copy = new ArrayList<>(h.size());
        h.rows().forEach(r -> copy.add(new ArrayList<>(r)));
        return copy;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        List<Hierarchy> hierarchies = new ArrayList<>();
        for (var r : hierarchyRows) {
            hierarchies.add(Hierarchy.of(new ArrayList<List<String>>(r), "hierarchy"));
        }
        return new ChunkedRows(rows, PartitionMasker.CHUNK_ROWS) {
            @Override
            List<Row> chunk(List<Row> in) {
                return generalise(ChunkTables.table(schema, in, "anonymise"), hierarchies);
            }
        };
    }

    private List<Row> generalise(Table t, List<Hierarchy> hierarchies) {
        List<Row> out = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] cells = new Object[schema.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = CellText.of(t.column(c), r);
            }
            ArrayList<String> key = new ArrayList<>(index.length);
            for (int j = 0; j < index.length; j++) {
                var c = t.column(index[j]);
                key.add(hierarchies.get(j).generalise(c.isMissing(r) ? "" : c.getString(r), levels[j]));
            }
            boolean suppressed = suppressedClasses.contains(key);
            for (int j = 0; j < index.length; j++) {
                cells[index[j]] = suppressed ? HierarchyBuilders.TOP : key.get(j);
            }
            out.add(RowFactory.create(cells));
        }
        return out;
    }
}
