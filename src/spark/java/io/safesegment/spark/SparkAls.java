package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.StringIndexerModel;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

/**
 * A {@code recommend} step with {@code "model": "als"} on Spark: MLlib's implicit-feedback ALS (seeded) on purchase
 * counts per customer × product, top {@code n} not-yet-bought products per customer, written in the desktop's
 * campaign-list format. MLlib's ALS is not the desktop's ALS, so its lists are not the desktop's; ratings, segments
 * and hyper-parameters other than {@code als.factors}, {@code iterations}, {@code regularization} and {@code alpha}
 * are refused with it (the other models run the desktop's code on the driver: {@code SparkValueSteps}).
 */
final class SparkAls {
    /** Candidates asked per customer before bought products are removed. */
    private static final int EXTRA = 50;

    private SparkAls() {
    }

    /** What the step reports. */
    record Result(long customers, long seed) {
    }

    /** Whether the step asks for ALS, which this engine runs with MLlib (the other models: SparkValueSteps). */
    static boolean isAls(RecipeStep s) {
        return s.text("model", "hybrid").strip().equalsIgnoreCase("als");
    }

    /**
     * Whether an ALS step asks for what MLlib's implicit ALS here does not take (ratings, segments, product names):
     * such a step runs the desktop's own ALS on the driver from aggregated pairs instead ({@code SparkValueSteps}),
     * so a recipe that uses them still runs unchanged, with the desktop's campaign list.
     */
    static boolean needsDesktopModel(RecipeStep s) {
        for (String field : List.of("ratings", "segment", "segments", "products")) {
            if (s.get(field) != null) {
                return true;
            }
        }
        return false;
    }

    /** Refuses, before any job runs, a step that MLlib's ALS cannot take (the engine routes those elsewhere). */
    static void check(RecipeStep s) {
        if (needsDesktopModel(s)) {
            throw RecipeEngine.unsupported(s, "model", "MLlib ALS with ratings, segments or product names",
                    RecipeEngine.SPARK);
        }
    }

    static Result run(RecipeStep s, SparkFrame tx, Path out) throws IOException {
        check(s);
        RoleMapping roles = RoleSuggester.resolve(List.of(tx.schema().names()), tx.roles());
        String customer = roles.column(SemanticRole.CUSTOMER_ID).orElseThrow(() -> new IllegalArgumentException(
                "ALS needs a customer_id column (map it with roles)"));
        String product = roles.column(SemanticRole.PRODUCT_ID).orElseThrow(() -> new IllegalArgumentException(
                "ALS needs a product_id column (map it with roles)"));
        int n = (int) s.integer("n", 10);
        long seed = s.integer("seed", 42);
        var parameters = s.get("parameters") == null ? null : s.get("parameters").get("als");
        int rank = parameters != null && parameters.has("factors") ? parameters.get("factors").asInt() : 10;
        int iterations = parameters != null && parameters.has("iterations") ? parameters.get("iterations").asInt() : 10;
        double lambda = parameters != null && parameters.has("regularization")
                ? parameters.get("regularization").asDouble() : 0.1;
        double alpha = parameters != null && parameters.has("alpha") ? parameters.get("alpha").asDouble() : 1.0;

        Dataset<Row> counts = tx.rows().select(functions.trim(functions.col(customer)).as("customer"),
                        functions.trim(functions.col(product)).as("product"))
                .where("customer is not null and customer <> '' and product is not null and product <> ''")
                .groupBy("customer", "product").count();
        StringIndexerModel users = new StringIndexer().setInputCol("customer").setOutputCol("u").fit(counts);
        StringIndexerModel items = new StringIndexer().setInputCol("product").setOutputCol("i").fit(counts);
        Dataset<Row> indexed = items.transform(users.transform(counts))
                .select(functions.col("u").cast("int"), functions.col("i").cast("int"),
                        functions.col("count").cast("float").as("c"), functions.col("customer"),
                        functions.col("product")).cache();
        ALSModel model = new ALS().setImplicitPrefs(true).setRank(rank).setMaxIter(iterations).setRegParam(lambda).setAlpha(alpha)
                .setSeed(seed).setUserCol("u").setItemCol("i").setRatingCol("c").setColdStartStrategy("drop")
                .fit(indexed);
        Dataset<Row> candidates = model.recommendForAllUsers(n + EXTRA)
                .select(functions.col("u"), functions.explode(functions.col("recommendations")).as("r"))
                .select(functions.col("u"), functions.col("r.i").as("i"), functions.col("r.rating").as("score"));
        Dataset<Row> bought = indexed.select(functions.col("u").as("bu"), functions.col("i").as("bi"));
        candidates = candidates.join(bought, candidates.col("u").equalTo(bought.col("bu"))
                .and(candidates.col("i").equalTo(bought.col("bi"))), "left_anti");
        Dataset<Row> top = candidates.withColumn("rank", functions.row_number().over(Window.partitionBy("u")
                        .orderBy(functions.col("score").desc(), functions.col("i"))))
                .where(functions.col("rank").leq(n))
                .join(indexed.select("u", "customer").distinct(), "u")
                .join(indexed.select("i", "product").distinct(), "i")
                .orderBy("customer", "rank");
        List<Row> rows = top.select("customer", "rank", "product", "score").collectAsList();
        indexed.unpersist();
        long[] customers = {0};
        AtomicFiles.write(out, false, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            w.write("customer_id,rank,product_id,product_name,score,explanation\n");
            for (Row r : rows) {
                if (r.getInt(1) == 1) {
                    customers[0]++;
                }
                w.write(r.getString(0) + "," + r.getInt(1) + "," + r.getString(2) + ",,"
                        + String.format(Locale.ROOT, "%.6f", r.getFloat(3)) + ",\"ALS (Spark MLlib)\"\n");
            }
            w.flush();
        });
        return new Result(customers[0], seed);
    }
}
