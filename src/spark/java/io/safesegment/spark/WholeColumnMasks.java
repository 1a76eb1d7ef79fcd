package io.safesegment.spark;

import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.KeyedRandom;
import io.safesegment.core.privacy.mask.MicroaggregationOperator;
import io.safesegment.core.privacy.mask.NoiseOperator;
import io.safesegment.core.privacy.mask.NumericValues;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.policy.PolicyJson;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The noise and microaggregation rules of a mask step, applied per partition with what the driver learnt from the
 * whole column first ({@link SparkWholeColumns}): for noise the column's fingerprint and where each partition's
 * values start in the keyed stream, so each partition seeks the stream there and the desktop's
 * {@link NoiseOperator} perturbs its values with the draws the whole-column pass would give them; for
 * microaggregation the first row of every group in the desktop's order (value, then file order) and the group's
 * mean, so each row finds its group by binary search. The executors mask the other columns with
 * {@link #rowLocal(MaskingPolicy) the policy without these rules}, then these columns replace the kept ones.
 *
 * <p>Each partition counts its present values and fails the task when the count differs from the driver's pass
 * (the input's partitioning changed between the jobs): a silently different answer is never written.
 */
final class WholeColumnMasks implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The operators whose result depends on the whole column. */
    static final java.util.Set<String> OPERATORS = java.util.Set.of(NoiseOperator.ID, MicroaggregationOperator.ID);

    /** A noise column: the fingerprint of all its values and each partition's start and value count. */
    record Noise(String column, byte[] fingerprint, long[] starts, long[] present) implements Serializable {
    }

    /**
     * A microaggregated column: per group (in sorted order) the sort key and row id of its first row and its mean;
     * each partition's value count.
     */
    record Groups(long[] firstKey, long[] firstRow, double[] mean) implements Serializable {
        /** The group of the row whose sort key and row id are given: the last group starting at or before it. */
        double meanOf(long key, long row) {
            int lo = 0;
            int hi = firstKey.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (firstKey[mid] < key || firstKey[mid] == key && firstRow[mid] <= row) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return mean[lo];
        }
    }

    /** A microaggregated column with its groups (broadcast: one entry per k values). */
    record Micro(String column, Broadcast<Groups> groups, long[] present) implements Serializable {
    }

    private final String datasetId;
    /** The whole policy (rules are not serializable; the executors parse it once per partition). */
    private final String policyJson;
    private final List<Noise> noise;
    private final List<Micro> micro;

    WholeColumnMasks(String datasetId, MaskingPolicy policy, List<Noise> noise, List<Micro> micro) {
        this.datasetId = datasetId;
        this.policyJson = PolicyJson.toJson(policy);
        this.noise = List.copyOf(noise);
        this.micro = List.copyOf(micro);
    }

    /** The rules {@code policy} has for whole-column operators (in policy order). */
    static List<MaskingRule> rulesOf(MaskingPolicy policy) {
        return policy.rules().stream().filter(r -> OPERATORS.contains(r.operator())).toList();
    }

    /** {@code policy} with its whole-column rules replaced by {@code keep}: what the executors apply first. */
    static MaskingPolicy rowLocal(MaskingPolicy policy) {
        List<MaskingRule> rules = policy.rules().stream()
                .map(r -> OPERATORS.contains(r.operator()) ? r.with("keep", Map.of()) : r).toList();
        return new MaskingPolicy(policy.formatVersion(), policy.id(), policy.revision(), policy.name(),
                policy.updatedAt(), policy.roles(), rules, policy.riskTargets());
    }

    /**
     * The sort key of a value: its bits as a signed long whose order is {@link Double#compare}'s (the order of
     * the desktop's sort; -0.0 before 0.0), so that Spark's sort of longs cannot differ from it.
     */
    static long sortKey(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** A row's id: partition, then position in the partition (the file order). */
    static long rowId(int partition, long index) {
        return ((long) partition << 40) | index;
    }

    /** Destroys the broadcast groups once the step's job has run. */
    void destroy() {
        micro.forEach(m -> m.groups().destroy());
    }

    /** One partition's pass: the seeked noise streams and the values counted so far. */
    Partition start(int partition, KeyMaterial keys) {
        return new Partition(partition, keys);
    }

    final class Partition {
        private final int partition;
        private final List<KeyedRandom> streams = new ArrayList<>();
        private final List<NoiseOperator> operators = new ArrayList<>();
        private final long[] seenNoise;
        private final long[] seenMicro;
        private long rows;

        private Partition(int partition, KeyMaterial keys) {
            this.partition = partition;
            MaskingPolicy policy = PolicyJson.fromJson(policyJson, "policy");
            for (Noise n : noise) {
                NoiseOperator op = (NoiseOperator) OperatorFactory.create(policy.ruleFor(n.column()).orElseThrow());
                KeyedRandom r = KeyedRandom.forColumn(keys, op.keyName(), op.streamPurpose(), datasetId,
                        n.column(), n.fingerprint());
                r.seek(partition < n.starts().length ? n.starts()[partition] : 0);
                operators.add(op);
                streams.add(r);
            }
            seenNoise = new long[noise.size()];
            seenMicro = new long[micro.size()];
        }

        /** Replaces the kept whole-column columns of {@code masked} (this chunk) by their masked values. */
        void apply(Table original, Table masked) {
            for (int i = 0; i < noise.size(); i++) {
                String name = noise.get(i).column();
                var column = original.column(name);
                masked.replaceColumn(name, operators.get(i).applyPiece(column, streams.get(i)));
                seenNoise[i] += column.size() - column.countMissing();
            }
            for (int i = 0; i < micro.size(); i++) {
                String name = micro.get(i).column();
                double[] values = NumericValues.read(original.column(name), MicroaggregationOperator.ID);
                Groups groups = micro.get(i).groups().value();
                DoubleColumn out = DoubleColumn.create(name, values.length);
                for (int r = 0; r < values.length; r++) {
                    if (Double.isNaN(values[r])) {
                        out.setMissing(r);
                    } else {
                        out.set(r, groups.meanOf(sortKey(values[r]), rowId(partition, rows + r)));
                        seenMicro[i]++;
                    }
                }
                masked.replaceColumn(name, out);
            }
            rows += original.rowCount();
        }

        /** Fails the task when a column's value count differs from the driver's pass over the same partition. */
        void finish() {
            for (int i = 0; i < noise.size(); i++) {
                check(NoiseOperator.ID, noise.get(i).column(), noise.get(i).present(), seenNoise[i]);
            }
            for (int i = 0; i < micro.size(); i++) {
                check(MicroaggregationOperator.ID, micro.get(i).column(), micro.get(i).present(), seenMicro[i]);
            }
        }

        private void check(String operator, String column, long[] expected, long seen) {
            long want = partition < expected.length ? expected[partition] : 0;
            if (want != seen) {
                throw new IllegalStateException("the " + operator + " rule on column '" + column
                        + "': partition " + partition + " holds " + seen + " values, the whole-column pass saw "
                        + want + " (the input's partitioning changed between Spark jobs)");
            }
        }
    }
}
