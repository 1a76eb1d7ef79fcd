package io.safesegment.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import tech.tablesaw.api.Table;

/**
 * The cleaning steps of a {@code clean} stage applied to a partition chunk by chunk, as {@link ChunkTransform} does
 * for a plain pipeline, but with steps that may carry a statistic of the whole column ({@link FixedCleaningStep}).
 * With no steps it only makes the texts canonical.
 */
final class CleanChunks implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ColumnsSchema input;
    private final List<FixedCleaningStep> steps;
    private final LongAccumulator rowsOut;

    /** @param rowsOut counts the rows emitted (null: not counted) */
    CleanChunks(ColumnsSchema input, List<FixedCleaningStep> steps, LongAccumulator rowsOut) {
        this.input = input;
        this.steps = new ArrayList<>(steps);
        this.rowsOut = rowsOut;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new ChunkedRows(rows, ChunkTransform.CHUNK_ROWS) {
            @Override
            List<Row> chunk(List<Row> in) {
                Table out = FixedCleaningStep.applyAll(ChunkTables.table(input, in, "chunk"), steps);
                if (rowsOut != null) {
                    rowsOut.add(out.rowCount());
                }
                return ChunkTables.rows(out);
            }
        };
    }
}
