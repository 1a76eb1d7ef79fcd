package io.safesegment.spark;

import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.SegmentNumbering;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.cluster.Assignment;
import io.safesegment.core.segment.cluster.Points;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.metrics.Silhouette;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * k-means of a {@code segment} step on Spark: MLlib k-means (k-means||, seeded with the step's seed, at most 50
 * iterations) on the desktop's scaled feature matrix (so log transform and every scaling are the desktop's), recorded
 * as a {@link ClusteringRun} numbered like the desktop's (largest segment first, ties by centroid,
 * {@link SegmentNumbering#bySize}) so that assignment and profile files have the desktop's format. MLlib's k-means is
 * not the desktop's: assignments agree to an adjusted Rand index, not exactly (docs/spark.md).
 */
final class SparkKMeans {
    /** MLlib's iteration limit (the desktop's own k-means runs up to 300 with a tolerance). */
    static final int MAX_ITER = 50;

    private SparkKMeans() {
    }

    static ClusteringRun run(SparkSession spark, FeatureMatrix features, SegmentOptions options) {
        int k = options.k();
        Points x = features.points();
        StructType schema = new StructType().add("row", DataTypes.IntegerType)
                .add("features", SQLDataTypes.VectorType());
        List<Row> rows = new ArrayList<>(x.n());
        for (int i = 0; i < x.n(); i++) {
            rows.add(RowFactory.create(i, Vectors.dense(x.row(i))));
        }
        Dataset<Row> input = spark.createDataFrame(rows, schema).cache();
        long start = System.nanoTime();
        try {
            KMeansModel model = new KMeans().setK(k).setSeed(options.seed()).setMaxIter(MAX_ITER)
                    .setFeaturesCol("features").setPredictionCol("cluster").fit(input);
            int[] labels = new int[x.n()];
            for (Row r : model.transform(input).select("row", "cluster").collectAsList()) {
                labels[r.getInt(0)] = r.getInt(1);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("k", k);
            params.put("engine", "Spark MLlib k-means||");
            params.put("maxIter", MAX_ITER);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                names.add(SegmentNumbering.defaultName(c));
            }
            double silhouette = k < 2 ? Double.NaN : Silhouette.sampled(x, labels, Silhouette.DEFAULT_SAMPLE,
                    options.seed());
            ClusteringRun run = new ClusteringRun(UUID.randomUUID().toString(), Instant.now(), Algorithm.KMEANS,
                    params, options.seed(), features.featureNames(), features.fingerprint(),
                    features.rowFingerprint(), millis, labels, Assignment.sizes(labels, k), 0,
                    Assignment.toRows(Assignment.centroids(x, labels, k), k, x.d()), names,
                    Double.isNaN(silhouette) ? null : silhouette);
            return SegmentNumbering.bySize(run);
        } finally {
            input.unpersist();
        }
    }
}
