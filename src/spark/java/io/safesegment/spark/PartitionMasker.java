package io.safesegment.spark;

import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.LeakScope;
import io.safesegment.core.privacy.policy.MaskResult;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.task.Progress;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import tech.tablesaw.api.Table;

/**
 * Masks one partition with the desktop's own code: the policy is parsed and the key material unwrapped once per
 * partition; the rows are cut into chunks of {@link #CHUNK_ROWS}, each rebuilt as a typed Tablesaw table and given
 * to {@link MaskingEngine#apply} (the operators are prepared once per chunk, and a partition of up to
 * {@code CHUNK_ROWS} rows is one chunk), then to the desktop's {@link LeakScanner} with its original rows and the
 * whole input's {@link HashedLeakScope} (gathered by {@link SparkLeakScope} before the job, so one record's id inside
 * another chunk's output is found as on the desktop). Operators that need the whole column (noise,
 * microaggregation) run with what the driver learnt from the whole column first ({@link WholeColumnMasks}): the
 * engine masks the chunk with the other rules, then those columns are replaced before the leak scan.
 */
final class PartitionMasker implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** Rows per chunk: large enough that preparing operators is negligible, small enough for an executor's heap. */
    static final int CHUNK_ROWS = 200_000;

    private final ColumnsSchema input;
    private final String policyJson;
    private final PartitionKeys keys;
    private final String datasetId;
    /** Receives the summary of every chunk whose leak scan found residual personal data (names, never values). */
    private final CollectionAccumulator<String> leaks;
    /** The whole input's leak scope (hashes only) the engine gathered before this step; null without identifiers. */
    private final Broadcast<HashedLeakScope> scope;
    /** The noise and microaggregation rules with their whole-column statistics; null when the policy has none. */
    private final WholeColumnMasks whole;
    /** Counts the rows masked (the export ledger records them). */
    private final LongAccumulator rowCount;

    PartitionMasker(ColumnsSchema input, MaskingPolicy policy, PartitionKeys keys, String datasetId,
                    CollectionAccumulator<String> leaks, Broadcast<HashedLeakScope> scope, WholeColumnMasks whole,
                    LongAccumulator rowCount) {
        this.input = input;
        // the executors apply the row-local rules; the whole-column ones are kept, then replaced by `whole`
        this.policyJson = PolicyJson.toJson(whole == null ? policy : WholeColumnMasks.rowLocal(policy));
        this.keys = keys;
        this.datasetId = datasetId;
        this.leaks = leaks;
        this.scope = scope;
        this.whole = whole;
        this.rowCount = rowCount;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        MaskingPolicy policy = PolicyJson.fromJson(policyJson, "policy");
        KeyMaterial material = keys.material();
        LeakScope wholeScope = scope == null ? null : scope.value();
        WholeColumnMasks.Partition columns = whole == null ? null
                : whole.start(TaskContext.getPartitionId(), material);
        return new ChunkedRows(rows, CHUNK_ROWS) {
            @Override
            List<Row> chunk(List<Row> in) {
                Table table = ChunkTables.table(input, in, datasetId);
                MaskResult result = MaskingEngine.apply(table, policy, material, datasetId, Progress.NONE);
                if (columns != null) {
                    columns.apply(table, result.masked());
                }
                rowCount.add(table.rowCount());
                // the desktop's leak scan on this chunk's original and masked rows, comparing them with the
                // whole input's identifiers (scope) so that a value copied across chunks is found
                Set<String> keyed = LeakScanner.keyedColumns(result.outcomes());
                LeakReport report = wholeScope == null
                        ? LeakScanner.scan(table, result.masked(), policy.roles(), keyed, Progress.NONE)
                        : LeakScanner.scan(table, result.masked(), policy.roles(), keyed, wholeScope,
                        Progress.NONE);
                if (report.blocked()) {
                    leaks.add(report.summary());
                }
                return ChunkTables.rows(result.masked());
            }

            @Override
            List<Row> last() {
                if (columns != null) {
                    columns.finish(); // the partition's value counts against the driver's pass, after its last chunk
                }
                return List.of();
            }
        };
    }
}
