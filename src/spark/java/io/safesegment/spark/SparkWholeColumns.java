package io.safesegment.spark;

import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.KeyedRandom;
import io.safesegment.core.privacy.mask.MicroaggregationOperator;
import io.safesegment.core.privacy.mask.NoiseOperator;
import io.safesegment.core.privacy.mask.NumericValues;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.OperatorFactory;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * The driver's side of the whole-column masking rules (noise, microaggregation; docs/spark.md): exact statistics of
 * the whole column from distributed passes, handed to the executors as {@link WholeColumnMasks}.
 * <ul>
 *   <li>One pass over the input gives every partition's count of present values per column and, for noise
 *       columns, the values' bits in file order (a partition at a time, streamed into SHA-256 on the driver: the
 *       desktop's fingerprint needs one ordered digest of the whole column). The driver then skips through the keyed
 *       stream as the desktop's samplers consume it ({@code KeyedRandom.skipLaplace/skipGaussian}), a partition's
 *       count at a time, to know where each partition's draws start (retries included).</li>
 *   <li>A microaggregated column is sorted by (value, row id), the desktop's order with its ties in file order;
 *       the driver streams the sorted values once, sums every group of k in the desktop's order (the last group
 *       takes the remainder) and keeps each group's first (value, row) and mean, which are broadcast.</li>
 * </ul>
 */
final class SparkWholeColumns {
    private SparkWholeColumns() {
    }

    /** What one partition's chunk said about one column. */
    private record Piece(int partition, int column, byte[] bits, long present) implements Serializable {
    }

    /** Null when {@code policy} has no whole-column rule. */
    static WholeColumnMasks prepare(SparkSession spark, SparkFrame in, MaskingPolicy policy, KeyMaterial keys,
                                    String datasetId) {
        List<MaskingRule> rules = WholeColumnMasks.rulesOf(policy);
        if (rules.isEmpty()) {
            return null;
        }
        ColumnsSchema schema = in.schema();
        JavaRDD<Row> input = in.rows().toJavaRDD(); // the masking job's partitions, numbered as there
        int partitions = input.getNumPartitions();
        String[] columns = rules.stream().map(MaskingRule::column).toArray(String[]::new);
        boolean[] needBits = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            needBits[i] = rules.get(i).operator().equals(NoiseOperator.ID);
        }
        long[][] present = new long[columns.length][partitions];
        MessageDigest[] digests = new MessageDigest[columns.length];
        for (int i = 0; i < columns.length; i++) {
            digests[i] = needBits[i] ? sha256() : null;
        }
        Iterator<Piece> pieces = input.mapPartitionsWithIndex((p, rows) ->
                pieces(p, rows, schema, columns, needBits, datasetId), true).toLocalIterator();
        while (pieces.hasNext()) { // in partition order, so each column's bits arrive in file order
            Piece piece = pieces.next();
            present[piece.column()][piece.partition()] += piece.present();
            if (piece.bits() != null) {
                digests[piece.column()].update(piece.bits());
            }
        }
        List<WholeColumnMasks.Noise> noise = new ArrayList<>();
        List<WholeColumnMasks.Micro> micro = new ArrayList<>();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        for (int i = 0; i < columns.length; i++) {
            MaskingRule rule = rules.get(i);
            if (needBits[i]) {
                byte[] fingerprint = digests[i].digest();
                noise.add(new WholeColumnMasks.Noise(rule.column(), fingerprint,
                        starts((NoiseOperator) OperatorFactory.create(rule), keys, datasetId, rule.column(),
                                fingerprint, present[i]), present[i]));
            } else {
                int k = ((MicroaggregationOperator) OperatorFactory.create(rule)).k();
                WholeColumnMasks.Groups g = groups(spark, in, schema, rule.column(), k, datasetId);
                micro.add(new WholeColumnMasks.Micro(rule.column(), jsc.broadcast(g), present[i]));
            }
        }
        return new WholeColumnMasks(datasetId, policy, noise, micro);
    }

    /** Where each partition's draws start: the desktop's samplers' words skipped over every partition's count. */
    private static long[] starts(NoiseOperator op, KeyMaterial keys, String datasetId, String column,
                                 byte[] fingerprint, long[] present) {
        KeyedRandom r = KeyedRandom.forColumn(keys, op.keyName(), op.streamPurpose(), datasetId, column, fingerprint);
        long[] starts = new long[present.length];
        for (int p = 0; p < present.length; p++) {
            starts[p] = r.position();
            if (op.mechanism() == NoiseOperator.Mechanism.LAPLACE) {
                r.skipLaplace(present[p]);
            } else {
                r.skipGaussian(present[p]);
            }
        }
        return starts;
    }

    private static Iterator<Piece> pieces(int partition, Iterator<Row> rows, ColumnsSchema schema, String[] columns,
                                          boolean[] needBits, String datasetId) {
        return perChunk(rows, schema, datasetId, chunk -> {
            List<Piece> out = new ArrayList<>();
            for (int c = 0; c < columns.length; c++) {
                String operator = needBits[c] ? NoiseOperator.ID : MicroaggregationOperator.ID;
                double[] values = NumericValues.read(chunk.column(columns[c]), operator);
                long present = 0;
                ByteBuffer bits = needBits[c] ? ByteBuffer.allocate(values.length * Long.BYTES) : null;
                for (double v : values) {
                    present += Double.isNaN(v) ? 0 : 1;
                    if (bits != null) {
                        bits.putLong(Double.doubleToLongBits(v)); // as KeyedRandom.fingerprint: NaN for missing
                    }
                }
                out.add(new Piece(partition, c, bits == null ? null : bits.array(), present));
            }
            return out;
        });
    }

    /** {@code f} of every chunk of the partition, lazily (a chunk at a time in memory). */
    private static <T> Iterator<T> perChunk(Iterator<Row> rows, ColumnsSchema schema, String datasetId,
                                            java.util.function.Function<Table, List<T>> f) {
        return new Iterator<>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && rows.hasNext()) {
                    current = f.apply(chunk(rows, schema, datasetId)).iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static Table chunk(Iterator<Row> rows, ColumnsSchema schema, String datasetId) {
        List<String[]> texts = new ArrayList<>();
        while (rows.hasNext() && texts.size() < PartitionMasker.CHUNK_ROWS) {
            texts.add(ChunkTables.texts(rows.next(), schema.size()));
        }
        return ChunkTables.build(schema, texts, datasetId);
    }

    /**
     * The desktop's groups: present values sorted by value then file order, cut into runs of k (the last run takes
     * the remainder), each averaged by summing its values in that order.
     */
    private static WholeColumnMasks.Groups groups(SparkSession spark, SparkFrame in, ColumnsSchema schema,
                                                  String column, int k, String datasetId) {
        StructType keyed = new StructType().add("k", DataTypes.LongType).add("r", DataTypes.LongType)
                .add("v", DataTypes.DoubleType);
        Dataset<Row> values = spark.createDataFrame(in.rows().toJavaRDD().mapPartitionsWithIndex((p, rows) ->
                keyedValues(p, rows, schema, column, datasetId), true), keyed);
        Iterator<Row> sorted = values.orderBy(functions.col("k"), functions.col("r")).toLocalIterator();
        GroupSums sums = new GroupSums(k);
        while (sorted.hasNext()) {
            Row r = sorted.next();
            sums.add(r.getLong(0), r.getLong(1), r.getDouble(2));
        }
        return sums.groups();
    }

    private static Iterator<Row> keyedValues(int partition, Iterator<Row> rows, ColumnsSchema schema, String column,
                                             String datasetId) {
        long[] index = {0};
        return perChunk(rows, schema, datasetId, chunk -> {
            double[] values = NumericValues.read(chunk.column(column), MicroaggregationOperator.ID);
            List<Row> out = new ArrayList<>();
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    out.add(RowFactory.create(WholeColumnMasks.sortKey(v), WholeColumnMasks.rowId(partition,
                            index[0]), v));
                }
                index[0]++;
            }
            return out;
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
