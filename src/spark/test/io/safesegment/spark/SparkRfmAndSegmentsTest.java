package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.segment.metrics.AdjustedRandIndex;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 2: RFM on Spark local[2] equals the desktop's byte for byte (97,572 sample transactions, distinct
 * orders, returns netted); MLlib k-means (seeded) agrees with the desktop's own k-means to ARI >= 0.99 on
 * well-separated customers.
 */
class SparkRfmAndSegmentsTest {
    @TempDir
    Path dir;

    private RecipeResult run(String json, String engine) throws Exception {
        return RecipeService.run(Recipe.parse(json, dir), dir.resolve("ws"), () -> null, engine, "local[2]",
                Progress.NONE);
    }

    @Test
    void rfmScoresAreTheDesktopsToTheByte() throws Exception {
        Files.copy(Path.of("sample-datasets/transactions.csv"), dir.resolve("transactions.csv"));
        String recipe = """
                {"recipeVersion": 1, "name": "rfm", "steps": [
                  {"kind": "import", "name": "tx", "file": "transactions.csv",
                   "roles": "customer_id=customer_id,order_id=transaction_id,timestamp=timestamp,amount=amount"},
                  {"kind": "rfm", "name": "rfm", "transactions": "tx", "output": "%s-rfm.csv"}
                ]}""";
        run(recipe.formatted("desktop"), "desktop");
        RecipeResult spark = run(recipe.formatted("spark"), "spark");
        Path exports = dir.resolve("ws/exports");
        byte[] desktop = Files.readAllBytes(exports.resolve("desktop-rfm.csv"));
        assertArrayEquals(desktop, Files.readAllBytes(exports.resolve("spark-rfm.csv")));
        assertTrue(desktop.length > 100_000, "every customer scored");
        assertEquals("done", spark.steps().get(1).status());
    }

    @Test
    void mllibKMeansAgreesWithTheDesktopOnWellSeparatedCustomers() throws Exception {
        double[][] centres = {{0, 0, 0}, {40, 0, 10}, {0, 40, -10}, {40, 40, 30}};
        Random random = new Random(22);
        StringBuilder csv = new StringBuilder("customer_id,spend,visits,tenure\n");
        for (int i = 0; i < 4000; i++) {
            double[] c = centres[i % 4];
            csv.append(String.format(Locale.ROOT, "C%05d,%.3f,%.3f,%.3f%n", i, c[0] + random.nextGaussian(),
                    c[1] + random.nextGaussian(), c[2] + random.nextGaussian()));
        }
        Files.writeString(dir.resolve("customers.csv"), csv);
        String recipe = """
                {"recipeVersion": 1, "name": "kmeans", "steps": [
                  {"kind": "import", "name": "c", "file": "customers.csv", "roles": "customer_id=customer_id"},
                  {"kind": "segment", "name": "seg", "customers": "c", "features": ["spend", "visits", "tenure"],
                   "algorithm": "kmeans", "k": 4, "seed": 7, "log": false, "output": "%s-segments.csv"}
                ]}""";
        run(recipe.formatted("desktop"), "desktop");
        run(recipe.formatted("spark"), "spark");
        Map<String, Integer> desktop = assignments(dir.resolve("ws/exports/desktop-segments.csv"));
        Map<String, Integer> spark = assignments(dir.resolve("ws/exports/spark-segments.csv"));
        assertEquals(4000, spark.size());
        assertEquals(desktop.keySet(), spark.keySet());
        List<String> ids = List.copyOf(desktop.keySet());
        int[] a = ids.stream().mapToInt(desktop::get).toArray();
        int[] b = ids.stream().mapToInt(spark::get).toArray();
        double ari = AdjustedRandIndex.of(a, b);
        assertTrue(ari >= 0.99, "ARI " + ari);
    }

    private static Map<String, Integer> assignments(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        int seg = header.indexOf("segment");
        Map<String, Integer> m = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            m.put(f[0], Integer.parseInt(f[seg].trim()));
        }
        return m;
    }
}
