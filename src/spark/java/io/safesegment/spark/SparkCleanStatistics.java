package io.safesegment.spark;

import io.safesegment.core.data.clean.CleaningStep;
import io.safesegment.core.data.clean.HandleOutliers;
import io.safesegment.core.data.clean.OneHotEncode;
import io.safesegment.core.data.clean.ScaleColumn;
import io.safesegment.core.data.io.CellText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.DoubleStream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import tech.tablesaw.columns.Column;

/**
 * The whole-column statistics of the cleaning operations outliers, scaling and one-hot encoding, computed on the
 * driver exactly as the desktop computes them on the whole table, so that executors can then run the desktop's
 * own step per chunk with the statistic fixed ({@link FixedCleaningStep}):
 * <ul>
 *   <li>IQR fences: the two values around each quartile's position in the column's sorted numbers (a distributed
 *       sort, as the median fill), interpolated and fenced by the desktop's code;</li>
 *   <li>z-score fences: the desktop takes the mean (a compensated sum) and the sum of squares over the
 *       <em>sorted</em> values; both depend on the order of the additions, so the driver streams the sorted column
 *       twice, a partition at a time, into the desktop's own code;</li>
 *   <li>z-score scaling: the desktop's plain sums run in file order, so the driver streams the column twice in file
 *       order (as the mean fill does);</li>
 *   <li>min-max scaling: the minimum and maximum do not depend on order, so they are a distributed aggregate;</li>
 *   <li>one-hot: the distinct cell texts of the column (at most {@code maxCategories} + 1 per partition), sorted on
 *       the driver by the desktop's code, which also refuses too many with its own message.</li>
 * </ul>
 * Missing cells are left out of every statistic, as on the desktop.
 */
final class SparkCleanStatistics {
    private SparkCleanStatistics() {
    }

    /** Whether the step needs a statistic of the whole column that this class computes. */
    static boolean needsStatistic(CleaningStep c) {
        return c instanceof HandleOutliers || c instanceof ScaleColumn || c instanceof OneHotEncode;
    }

    /**
     * The row-local equivalent of {@code c} over {@code rows} (null: the column has no values, so the desktop
     * leaves the table as it is). Runs Spark jobs on {@code rows}.
     */
    static FixedCleaningStep exact(CleaningStep c, Dataset<Row> rows, ColumnsSchema schema) {
        // the desktop's own checks (the column exists, is a number where it must be) and messages, on an empty chunk
        c.apply(ChunkTables.build(schema, List.of(), "shape"));
        return switch (c) {
            case HandleOutliers h -> outliers(h, rows, schema);
            case ScaleColumn s -> scale(s, rows, schema);
            case OneHotEncode o -> oneHot(o, rows, schema);
            default -> throw new IllegalArgumentException("not a whole-column step: " + c.describe());
        };
    }

    private static FixedCleaningStep outliers(HandleOutliers h, Dataset<Row> rows, ColumnsSchema schema) {
        JavaRDD<Double> values = numbers(rows, schema, schema.indexOf(h.column()));
        JavaRDD<Double> sorted = values.sortBy(v -> v, true, Math.max(1, values.getNumPartitions()));
        long n = sorted.count();
        if (n == 0) {
            return null;
        }
        if (h.method() == HandleOutliers.Method.IQR) {
            long[] p1 = HandleOutliers.quantilePositions(n, 0.25);
            long[] p3 = HandleOutliers.quantilePositions(n, 0.75);
            Set<Long> wanted = new java.util.HashSet<>(List.of(p1[0], p1[1], p3[0], p3[1])); // may repeat
            Map<Long, Double> at = sorted.zipWithIndex().filter(t -> wanted.contains(t._2()))
                    .mapToPair(t -> new scala.Tuple2<>(t._2(), t._1())).collectAsMap();
            double q1 = HandleOutliers.quantile(n, 0.25, at.get(p1[0]), at.get(p1[1]));
            double q3 = HandleOutliers.quantile(n, 0.75, at.get(p3[0]), at.get(p3[1]));
            return FixedCleaningStep.outliers(h, h.iqrBounds(q1, q3));
        }
        return FixedCleaningStep.outliers(h, h.zScoreBounds(() -> stream(sorted.toLocalIterator())));
    }

    private static FixedCleaningStep scale(ScaleColumn s, Dataset<Row> rows, ColumnsSchema schema) {
        JavaRDD<Double> values = numbers(rows, schema, schema.indexOf(s.column()));
        double[] ab;
        if (s.method() == ScaleColumn.Method.Z_SCORE) {
            values.persist(StorageLevel.MEMORY_AND_DISK_SER()); // read twice, in file order
            try {
                ab = s.statistics(() -> stream(values.toLocalIterator()));
            } finally {
                values.unpersist(false);
            }
        } else {
            double[] range = values.mapPartitions(SparkCleanStatistics::range)
                    .fold(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY},
                            (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            ab = s.statistics(() -> range[0] > range[1] ? DoubleStream.empty() : DoubleStream.of(range));
        }
        return FixedCleaningStep.scale(s, ab);
    }

    private static Iterator<double[]> range(Iterator<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        while (values.hasNext()) {
            double x = values.next();
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return List.of(new double[] {min, max}).iterator();
    }

    private static FixedCleaningStep oneHot(OneHotEncode o, Dataset<Row> rows, ColumnsSchema schema) {
        int index = schema.indexOf(o.column());
        int enough = o.maxCategories() + 1; // more than that many anywhere: the desktop refuses the column
        List<String> distinct = rows.toJavaRDD().mapPartitions(it -> distinctTexts(it, schema, index, enough))
                .distinct().take(enough);
        return FixedCleaningStep.oneHot(o, o.categories(distinct));
    }

    private static Iterator<String> distinctTexts(Iterator<Row> it, ColumnsSchema schema, int index, int enough) {
        List<String[]> texts = new ArrayList<>();
        while (it.hasNext()) {
            texts.add(ChunkTables.texts(it.next(), schema.size()));
        }
        Column<?> c = ChunkTables.build(schema, texts, "one-hot").column(index);
        Set<String> out = new LinkedHashSet<>();
        for (int r = 0; r < c.size() && out.size() < enough; r++) {
            if (!c.isMissing(r)) {
                out.add(CellText.of(c, r));
            }
        }
        return out.iterator();
    }

    /** The column's numbers (missing cells left out) per partition, in file order. */
    private static JavaRDD<Double> numbers(Dataset<Row> rows, ColumnsSchema schema, int index) {
        return rows.toJavaRDD().mapPartitions(it -> SparkClean.numbers(it, schema, index));
    }

    private static DoubleStream stream(Iterator<Double> it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .mapToDouble(Double::doubleValue);
    }
}
