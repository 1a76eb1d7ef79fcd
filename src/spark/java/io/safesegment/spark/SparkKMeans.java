package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * A {@code segment} step on Spark: MLlib k-means (k-means||, seeded with the step's seed) on the named numeric
 * columns of the customers table, z-scored like the desktop's default scaling. Segments are numbered by size
 * (largest = 1) as on the desktop (record 0014). Only customer tables with ready feature columns run here; features
 * built from transactions, other algorithms and profiles stay on the desktop engine (docs/spark.md).
 */
final class SparkKMeans {
    private SparkKMeans() {
    }

    /** What the step reports. */
    record Result(long customers, int k, long seed) {
    }

    static Result run(SparkSession spark, RecipeStep s, SparkFrame customers, Path out) throws IOException {
        return run(spark, s, customers, null, out);
    }

    /** What a segment step asks that this engine refuses, checked before anything runs. */
    static void check(RecipeStep s) {
        if (s.get("products") != null) {
            throw RecipeEngine.unsupported(s, "products", "category shares (features from the product table)",
                    RecipeEngine.SPARK);
        }
        if (!s.text("algorithm", "kmeans").equals("kmeans")) {
            throw RecipeEngine.unsupported(s, "algorithm", "algorithm '" + s.text("algorithm", "") + "'",
                    RecipeEngine.SPARK);
        }
        if (s.get("transactions") == null && (s.get("features") == null || !s.get("features").isArray())) {
            throw RecipeEngine.unsupported(s, "features", "a segment step without its feature columns",
                    RecipeEngine.SPARK);
        }
        String scaling = s.text("scaling", "zscore");
        if (s.get("transactions") != null && (s.get("scalingByColumn") != null
                || !scaling.equalsIgnoreCase("zscore") && !scaling.equalsIgnoreCase("none"))) {
            throw RecipeEngine.unsupported(s, "scaling", "a scaling other than z-score or none",
                    RecipeEngine.SPARK);
        }
    }

    /** @param transactions the step's transactions (features built from them, {@link SparkFeatures}), or null */
    static Result run(SparkSession spark, RecipeStep s, SparkFrame customers, SparkFrame transactions, Path out)
            throws IOException {
        if (s.get("products") != null) {
            throw RecipeEngine.unsupported(s, "products", "category shares (features from the product table)",
                    RecipeEngine.SPARK);
        }
        if (transactions != null) {
            customers = SparkFeatures.prepared(spark, s, customers, transactions);
        }
        if (!s.text("algorithm", "kmeans").equals("kmeans")) {
            throw RecipeEngine.unsupported(s, "algorithm", "algorithm '" + s.text("algorithm", "") + "'",
                    RecipeEngine.SPARK);
        }
        if (transactions == null && (s.get("features") == null || !s.get("features").isArray())) {
            throw RecipeEngine.unsupported(s, "features", "a segment step without its feature columns",
                    RecipeEngine.SPARK);
        }
        List<String> features = new ArrayList<>();
        if (transactions != null) { // the prepared columns f0, f1, ... (log-transformed where the step says so)
            for (int i = 1; i < customers.schema().size(); i++) {
                features.add(customers.schema().names()[i]);
            }
        } else {
            s.get("features").forEach(n -> features.add(n.asText()));
        }
        RoleMapping roles = customers.roles();
        String id = roles.column(SemanticRole.CUSTOMER_ID).orElse(customers.schema().names()[0]);
        int k = (int) s.integer("k", 5);
        long seed = s.integer("seed", 42);
        List<Column> cols = new ArrayList<>();
        cols.add(functions.col(id).as("id"));
        for (String f : features) {
            cols.add(functions.col(f).cast(DataTypes.DoubleType).as(f));
        }
        Dataset<Row> numeric = customers.rows().select(cols.toArray(Column[]::new)).na().drop();
        Dataset<Row> vectors = new VectorAssembler().setInputCols(features.toArray(String[]::new))
                .setOutputCol("raw").transform(numeric);
        boolean scale = !s.text("scaling", "zscore").equalsIgnoreCase("none");
        Dataset<Row> input = scale ? new StandardScaler().setInputCol("raw").setOutputCol("features")
                .setWithMean(true).setWithStd(true).fit(vectors).transform(vectors)
                : vectors.withColumnRenamed("raw", "features");
        input = input.withColumn("__row", functions.monotonically_increasing_id()).cache();
        KMeansModel model = new KMeans().setK(k).setSeed(seed).setMaxIter(50).setFeaturesCol("features")
                .setPredictionCol("cluster").fit(input);
        List<Row> assigned = model.transform(input).select("id", "cluster", "__row").orderBy("__row")
                .collectAsList();
        input.unpersist();
        int[] labels = new int[assigned.size()];
        long[] size = new long[k];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = assigned.get(i).getInt(1);
            size[labels[i]]++;
        }
        int[] number = numberBySize(size);
        AtomicFiles.write(out, false, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            w.write("customer_id,segment\n");
            for (int i = 0; i < labels.length; i++) {
                w.write(assigned.get(i).getString(0) + "," + number[labels[i]] + "\n");
            }
            w.flush();
        });
        return new Result(labels.length, k, seed);
    }

    /** Segment number per cluster: 1 for the largest, ties by cluster index. */
    static int[] numberBySize(long[] size) {
        Integer[] order = new Integer[size.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> size[a] != size[b] ? Long.compare(size[b], size[a]) : a - b);
        int[] number = new int[size.length];
        for (int i = 0; i < order.length; i++) {
            number[order[i]] = i + 1;
        }
        return number;
    }
}
