package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.Scaling;
import io.safesegment.core.segment.profile.SegmentProfiler;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1, the segment step's former refusals on Spark local[2] against the desktop engine: features with
 * category shares (a product table whose last row for a repeated product id wins) and one-hot text columns equal the
 * desktop's {@code FeatureBuilder} (raw and scaled, within 1e-9, with a per-column scaling); hierarchical and DBSCAN
 * steps and a rules step (the desktop's algorithms on the driver) write byte-identical assignment and profile files; an MLlib k-means
 * step writes the desktop's file formats, its profile file being the desktop's profiler over its labels; a driver
 * algorithm above the customer bound is refused, naming the step and field, before it writes anything. Data: the 5,007
 * sample customers, the first 20,000 sample transaction lines and the 500 sample products (one repeated).
 */
class SparkSegmentSameAnswersTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void data() throws Exception {
        Files.copy(Path.of("sample-datasets/customers.csv"), dir.resolve("customers.csv"));
        Files.write(dir.resolve("transactions.csv"), Files.readAllLines(Path.of("sample-datasets/transactions.csv"))
                .subList(0, 20_001));
        List<String> products = new ArrayList<>(Files.readAllLines(Path.of("sample-datasets/products.csv")));
        // a repeated product id: the desktop's map keeps the last row's category
        products.add("P00062,Relisted,Books & Stationery,Inkwell,3.99,relisted");
        Files.write(dir.resolve("products.csv"), products);
    }

    private static SparkFrame read(SparkSession spark, String file) {
        return SparkImport.read(spark, dir.resolve(file), CsvImportOptions.defaults(), RoleMapping.empty());
    }

    @Test
    void categorySharesOneHotAndPerColumnScalingEqualTheDesktops() {
        FeatureOptions options = new FeatureOptions(List.of("order_count", "avg_spend", "recency_days",
                "category_shares", "channel_shares", "gender", "loyalty_tier", "annual_income", "age"),
                FeatureOptions.defaults().logColumns(), Scaling.ROBUST, Map.of("avg_spend", Scaling.MINMAX,
                "gender=F", Scaling.ZSCORE), FeatureOptions.defaults().missing(), null);
        FeatureMatrix desktop = SegmentationService.features(new SegmentationService.FeatureInput(
                dir.resolve("customers.csv"), dir.resolve("transactions.csv"), dir.resolve("products.csv"),
                RoleMapping.empty(), options), Progress.NONE);
        SparkSession spark = SparkSessions.get("local[2]");
        FeatureMatrix onSpark = SparkFeatures.matrix(read(spark, "customers.csv"), read(spark, "transactions.csv"),
                read(spark, "products.csv"), RoleMapping.empty(), options);
        assertEquals(desktop.customerIds(), onSpark.customerIds());
        assertEquals(desktop.featureNames(), onSpark.featureNames());
        assertTrue(onSpark.featureNames().contains("category:Books & Stationery"), onSpark.featureNames().toString());
        assertTrue(onSpark.featureNames().contains("gender=F"), onSpark.featureNames().toString());
        assertEquals(desktop.referenceDate(), onSpark.referenceDate());
        // the text columns the step uses, as the desktop keeps them (the others never leave the executors)
        assertEquals(java.util.Set.of("gender", "loyalty_tier"), onSpark.categories().keySet());
        onSpark.categories().forEach((column, values) -> assertArrayEquals(desktop.categories().get(column), values,
                column));
        for (int j = 0; j < onSpark.columns(); j++) {
            for (int i = 0; i < onSpark.rows(); i++) {
                String what = onSpark.featureNames().get(j) + " of " + onSpark.customerIds().get(i);
                assertEquals(desktop.raw()[j][i], onSpark.raw()[j][i], 1e-9, what);
                assertEquals(desktop.scaled()[j][i], onSpark.scaled()[j][i], 1e-9, what);
            }
        }
    }

    private static final String DRIVER_ALGORITHMS = """
            {"recipeVersion": 1, "name": "segments", "steps": [
              {"kind": "import", "name": "customers", "file": "customers.csv"},
              {"kind": "import", "name": "tx", "file": "transactions.csv"},
              {"kind": "import", "name": "products", "file": "products.csv"},
              {"kind": "segment", "name": "tree", "customers": "customers", "transactions": "tx",
               "products": "products", "features": ["order_count", "avg_spend", "recency_days", "category_shares",
               "gender", "loyalty_tier"], "scaling": "robust", "scalingByColumn": {"avg_spend": "minmax"},
               "algorithm": "hierarchical", "k": 4, "sample": 1500, "seed": 7,
               "output": "%1$s-tree.csv", "profiles": "%1$s-tree-profiles.csv"},
              {"kind": "segment", "name": "dense", "customers": "customers", "transactions": "tx",
               "features": ["order_count", "avg_spend", "recency_days", "channel_shares", "loyalty_tier"],
               "algorithm": "dbscan", "minPoints": 8, "epsilon": 0.5, "seed": 7,
               "output": "%1$s-dense.csv", "profiles": "%1$s-dense-profiles.csv"},
              {"kind": "segment", "name": "rules", "customers": "customers", "features": ["annual_income", "age"],
               "algorithm": "rules", "groupBy": ["loyalty_tier", "annual_income"], "bandWidth": 25000, "seed": 7,
               "output": "%1$s-rules.csv", "profiles": "%1$s-rules-profiles.csv"}
            ]}""";

    private static RecipeResult run(String json, String engine, String ws) throws Exception {
        return RecipeService.run(Recipe.parse(json.formatted(engine), dir), dir.resolve(ws), RecipeKeys.NONE, engine,
                "local[2]", Progress.NONE);
    }

    @Test
    void hierarchicalAndDbscanStepsWriteTheDesktopsFiles() throws Exception {
        run(DRIVER_ALGORITHMS, "desktop", "ws");
        RecipeResult spark = run(DRIVER_ALGORITHMS, "spark", "ws");
        assertEquals("done", spark.steps().get(5).status(), spark.toString());
        Path exports = dir.resolve("ws/exports");
        for (String file : List.of("tree.csv", "tree-profiles.csv", "dense.csv", "dense-profiles.csv", "rules.csv",
                "rules-profiles.csv")) {
            byte[] desktop = Files.readAllBytes(exports.resolve("desktop-" + file));
            assertArrayEquals(desktop, Files.readAllBytes(exports.resolve("spark-" + file)), file);
        }
        List<String> tree = Files.readAllLines(exports.resolve("spark-tree.csv"));
        assertEquals("customer_id,segment,segment_name", tree.get(0));
        assertEquals(5000, tree.size() - 1);
        assertEquals(4, tree.stream().skip(1).map(l -> l.split(",")[1]).distinct().count());
        assertTrue(Files.readString(exports.resolve("spark-tree-profiles.csv")).contains("category:Groceries"));
        List<String> dense = Files.readAllLines(exports.resolve("spark-dense.csv"));
        assertTrue(dense.stream().skip(1).map(l -> l.split(",")[1]).distinct().count() >= 2, "DBSCAN segments");
        assertTrue(Files.readAllLines(exports.resolve("spark-rules.csv")).stream().skip(1)
                .anyMatch(l -> l.contains("Gold")), "rule groups named by their values");
    }

    private static final String KMEANS_THEN_DBSCAN = """
            {"recipeVersion": 1, "name": "bound", "steps": [
              {"kind": "import", "name": "customers", "file": "customers.csv"},
              {"kind": "segment", "name": "km", "customers": "customers",
               "features": ["annual_income", "age", "gender"], "k": 3, "seed": 11},
              {"kind": "segment", "name": "db", "customers": "customers",
               "features": ["annual_income", "age"], "algorithm": "dbscan", "seed": 11}
            ]}""";

    @Test
    void kMeansWritesTheDesktopsProfilesAndADriverAlgorithmAboveTheBoundIsRefused() throws Exception {
        SparkSession spark = SparkSessions.get("local[2]");
        spark.conf().set(SparkSegment.MAX_CUSTOMERS_CONF, "100");
        RecipeException refused;
        try {
            refused = assertThrows(RecipeException.class, () -> RecipeService.run(Recipe.parse(KMEANS_THEN_DBSCAN,
                    dir), dir.resolve("bound"), RecipeKeys.NONE, "spark", "local[2]", Progress.NONE));
        } finally {
            spark.conf().unset(SparkSegment.MAX_CUSTOMERS_CONF);
        }
        assertEquals(3, refused.problems().get(0).step());
        assertEquals("algorithm", refused.problems().get(0).field());
        assertTrue(refused.getMessage().contains("5000 customers"), refused.getMessage());
        Path exports = dir.resolve("bound/exports");
        assertFalse(Files.exists(exports.resolve("db.csv")));
        assertFalse(Files.exists(exports.resolve("db-profiles.csv")));
        // the k-means step before it ran: MLlib's labels, the desktop's file formats and profiler
        List<String> lines = Files.readAllLines(exports.resolve("km.csv"));
        assertEquals("customer_id,segment,segment_name", lines.get(0));
        FeatureMatrix desktop = SegmentationService.features(new SegmentationService.FeatureInput(
                dir.resolve("customers.csv"), null, null, RoleMapping.empty(),
                FeatureOptions.of(List.of("annual_income", "age", "gender"))), Progress.NONE);
        assertEquals(desktop.rows(), lines.size() - 1);
        int[] labels = new int[desktop.rows()];
        Map<Integer, String> names = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            String[] f = lines.get(i + 1).split(",");
            assertEquals(desktop.customerIds().get(i), f[0]);
            labels[i] = Integer.parseInt(f[1]);
            names.put(labels[i], f[2]);
        }
        assertEquals(3, names.size());
        Path expected = dir.resolve("expected-km-profiles.csv");
        SegmentationService.writeProfiles(expected, SegmentProfiler.profile(desktop, labels,
                List.copyOf(names.values())));
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(exports.resolve("km-profiles.csv")));
    }
}
