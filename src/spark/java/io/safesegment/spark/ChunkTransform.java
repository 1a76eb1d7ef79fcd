package io.safesegment.spark;

import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import tech.tablesaw.api.Table;

/**
 * Applies row-local desktop code to a partition, chunk by chunk, as the masking does: each chunk of cell texts is
 * rebuilt as a typed Tablesaw table with the driver's column types, given to the desktop's cleaning steps (and the
 * desktop's amount derivation), and emitted as the texts the desktop writes. With no steps it only makes the texts
 * canonical (a decimal {@code 3.50} becomes {@code 3.5}, a missing-value token the empty cell), which the join and
 * the statistics read. Only steps whose result for a row depends on that row alone come here ({@link SparkClean}).
 */
final class ChunkTransform implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** Rows per chunk, as the masking's. */
    static final int CHUNK_ROWS = 200_000;

    private final ColumnsSchema input;
    private final String stepsJson;
    private final String[] derive;
    private final LongAccumulator rowsOut;

    /**
     * @param stepsJson the cleaning steps ({@link CleaningPipeline#toJson()}), applied in order
     * @param derive    null, or quantity column, unit price column and target of an amount derivation
     * @param rowsOut   counts the rows emitted (null: not counted)
     */
    ChunkTransform(ColumnsSchema input, String stepsJson, String[] derive, LongAccumulator rowsOut) {
        this.input = input;
        this.stepsJson = stepsJson;
        this.derive = derive == null ? null : derive.clone();
        this.rowsOut = rowsOut;
    }

    /** Only canonical texts. */
    static ChunkTransform canonical(ColumnsSchema input) {
        return new ChunkTransform(input, CleaningPipeline.empty().toJson(), null, null);
    }

    /** The table the transformation makes of {@code table} (on the driver: of an empty chunk, for the schema). */
    static Table apply(Table table, CleaningPipeline steps, String[] derive) {
        Table t = steps.steps().isEmpty() ? table : steps.apply(table, Progress.NONE).table();
        return derive == null ? t : DatasetService.deriveAmount(t, new AmountDerivation(derive[0], derive[1]),
                derive[2]);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        CleaningPipeline steps = CleaningPipeline.fromJson(stepsJson);
        return new ChunkedRows(rows, CHUNK_ROWS) {
            @Override
            List<Row> chunk(List<Row> in) {
                Table out = apply(ChunkTables.table(input, in, "chunk"), steps, derive);
                if (rowsOut != null) {
                    rowsOut.add(out.rowCount());
                }
                return ChunkTables.rows(out);
            }
        };
    }
}
