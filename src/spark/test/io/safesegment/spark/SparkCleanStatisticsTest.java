package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.clean.HandleOutliers;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1: the cleaning operations that need the whole column (outliers by IQR and z-score, clipped or
 * removed; z-score and min-max scaling; one-hot encoding) run on Spark local[2] with partitions forced small (64 kB
 * splits: 11 of the customers, 4 of the transactions) and write the desktop's bytes, also in pipelines with the
 * operations that ran before (outliers, then a median fill, then scaling; duplicates dropped after one-hot). The data
 * has missing values, ties at both quartiles (each reads two equal values), integer columns clipped to fractional
 * fences and categories first seen in a late partition (the last one of the customers). Too many categories stop the step with the desktop's
 * message before it writes anything.
 */
class SparkCleanStatisticsTest {
    private static final String CUSTOMERS = """
            [{"step": "outliers", "column": "annual_income", "method": "IQR", "threshold": 1.5, "action": "CLIP"},
             {"step": "fill-missing", "column": "annual_income", "strategy": "MEDIAN"},
             {"step": "scale", "column": "annual_income", "method": "Z_SCORE"},
             {"step": "one-hot", "column": "loyalty_tier", "maxCategories": 10, "keepOriginal": false},
             {"step": "one-hot", "column": "city", "maxCategories": 40, "keepOriginal": true},
             {"step": "drop-duplicates", "keyColumns": ["customer_id"]}]""";
    private static final String TRANSACTIONS = """
            [{"step": "outliers", "column": "quantity", "method": "IQR", "threshold": 0.3, "action": "CLIP"},
             {"step": "outliers", "column": "amount", "method": "Z_SCORE", "threshold": 2.5, "action": "REMOVE"},
             {"step": "scale", "column": "unit_price", "method": "MIN_MAX"},
             {"step": "one-hot", "column": "channel", "maxCategories": 10, "keepOriginal": false},
             {"step": "drop-duplicates", "keyColumns": ["customer_id"]}]""";
    private static final String INCOME_BY_Z = """
            [{"step": "outliers", "column": "annual_income", "method": "Z_SCORE", "threshold": 2, "action": "CLIP"},
             {"step": "scale", "column": "annual_income", "method": "MIN_MAX"}]""";

    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void setUp() throws Exception {
        List<String> customers = new ArrayList<>(Files.readAllLines(Path.of("sample-datasets/customers.csv"),
                StandardCharsets.UTF_8));
        for (int row : new int[] {100, 2600, 4900}) {
            customers.set(row, field(customers.get(row), 9, "990000")); // far above the upper fence
        }
        customers.set(3000, field(customers.get(3000), 9, "-5000"));
        customers.set(4999, field(customers.get(4999), 9, "")); // a missing value in the last partition
        customers.set(4990, field(customers.get(4990), 11, "Diamond")); // seen only in the last partition
        Files.write(dir.resolve("customers.csv"), customers, StandardCharsets.UTF_8);
        List<String> tx = new ArrayList<>(Files.readAllLines(Path.of("sample-datasets/transactions.csv"),
                StandardCharsets.UTF_8).subList(0, 3001));
        tx.set(5, field(tx.get(5), 4, "9"));
        tx.set(1500, field(field(tx.get(1500), 5, ""), 6, "")); // no price, no amount
        tx.set(2990, field(tx.get(2990), 7, "kiosk")); // seen only in the third of four partitions
        tx.set(2995, field(tx.get(2995), 6, "4999.5"));
        Files.write(dir.resolve("tx.csv"), tx, StandardCharsets.UTF_8);
        spark = SparkSessions.get("local[2]");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "65536");
    }

    @AfterAll
    static void restore() {
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }

    private static String field(String line, int index, String value) {
        String[] f = line.split(",", -1);
        f[index] = value;
        return String.join(",", f);
    }

    private static Recipe recipe(String prefix, String customers, String transactions) throws Exception {
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "whole-column cleaning", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "import", "name": "tx", "file": "tx.csv"},
                  {"kind": "clean", "name": "cleaned", "input": "customers", "output": "%1$s-customers.csv",
                   "steps": %2$s},
                  {"kind": "clean", "name": "txclean", "input": "tx", "output": "%1$s-tx.csv", "steps": %3$s}
                ]}""".formatted(prefix, customers, transactions), dir);
    }

    @Test
    void outliersScalingAndOneHotWriteTheDesktopsBytes() throws Exception {
        Path ws = dir.resolve("ws");
        RecipeResult desktop = RecipeService.run(recipe("desktop", CUSTOMERS, TRANSACTIONS), ws, RecipeKeys.NONE,
                "desktop", null, Progress.NONE);
        RecipeResult onSpark = RecipeService.run(recipe("spark", CUSTOMERS, TRANSACTIONS), ws, RecipeKeys.NONE,
                "spark", "local[2]", Progress.NONE);
        // the partitions really are small (the transactions' fourth holds only the end of the last line)
        assertEquals(11, spark.read().csv(dir.resolve("customers.csv").toString()).rdd().getNumPartitions());
        assertEquals(4, spark.read().csv(dir.resolve("tx.csv").toString()).rdd().getNumPartitions());
        assertEquals(List.of("done", "done", "done", "done"), onSpark.steps().stream()
                .map(RecipeResult.StepResult::status).toList(), onSpark.toString());
        for (String out : List.of("customers", "tx")) {
            byte[] expected = Files.readAllBytes(ws.resolve("exports/desktop-" + out + ".csv"));
            assertArrayEquals(expected, Files.readAllBytes(ws.resolve("exports/spark-" + out + ".csv")), out);
        }
        assertEquals(rows(desktop, 2), rows(onSpark, 2));
        assertEquals(rows(desktop, 3), rows(onSpark, 3));
        // the operations really ran: indicator columns (the late tier and channel included), scaled incomes,
        // duplicates dropped after the encoding, the extreme amount removed
        String customers = Files.readString(ws.resolve("exports/spark-customers.csv"));
        String header = customers.substring(0, customers.indexOf("\r\n"));
        // (Tablesaw compares column names ignoring case: "city=Chengdu" meets "city=CHENGDU" and becomes
        // "city=Chengdu_", on both engines)
        assertTrue(header.contains(",signup_date,loyalty_tier=Bronze,loyalty_tier=Diamond,loyalty_tier=Gold,")
                && header.contains(",city,city=Beijing,") && header.contains(",city=Chengdu_,"), header);
        assertEquals(5000L, rows(onSpark, 2));
        String tx = Files.readString(ws.resolve("exports/spark-tx.csv"));
        assertTrue(tx.startsWith("transaction_id,customer_id,timestamp,product_id,quantity,unit_price,amount,"
                + "channel=app,channel=kiosk,channel=phone,channel=store,channel=web\r\n"), tx.substring(0, 150));
        assertTrue(!tx.contains("4999.5"));
    }

    @Test
    void theQuartilesFallOnTiesAndZScoreFencesMatch() throws Exception {
        // the data this class relies on: both quartiles of the planted incomes sit inside runs of equal values
        double[] v = Files.readAllLines(dir.resolve("customers.csv"), StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split(",", -1)[9]).filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).sorted()
                .toArray();
        for (double q : new double[] {0.25, 0.75}) {
            long[] at = HandleOutliers.quantilePositions(v.length, q);
            assertEquals(v[(int) at[0]], v[(int) at[1]], "the two values read for quartile " + q);
        }
        Path ws = dir.resolve("ws-z");
        RecipeService.run(recipe("desktop", INCOME_BY_Z, "[]"), ws, RecipeKeys.NONE, "desktop", null,
                Progress.NONE);
        RecipeService.run(recipe("spark", INCOME_BY_Z, "[]"), ws, RecipeKeys.NONE, "spark", "local[2]",
                Progress.NONE);
        byte[] expected = Files.readAllBytes(ws.resolve("exports/desktop-customers.csv"));
        assertArrayEquals(expected, Files.readAllBytes(ws.resolve("exports/spark-customers.csv")));
        // incomes clipped to mean +/- 2 sd, then scaled to [0, 1]: the clipped extremes become 0.0 and 1.0
        List<Double> scaled = Files.readAllLines(ws.resolve("exports/spark-customers.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(l -> l.split(",", -1)[9]).filter(x -> !x.isEmpty()).map(Double::valueOf)
                .toList();
        assertEquals(5002, scaled.size());
        assertTrue(scaled.stream().allMatch(x -> x >= 0 && x <= 1) && scaled.contains(0.0) && scaled.contains(1.0));
    }

    @Test
    void tooManyCategoriesStopTheStepWithTheDesktopsMessageBeforeItWrites() throws Exception {
        String ids = "[{\"step\": \"one-hot\", \"column\": \"customer_id\", \"maxCategories\": 100}]";
        Path ws = dir.resolve("ws-many");
        RuntimeException d = assertThrows(RuntimeException.class, () -> RecipeService.run(recipe("desktop", ids,
                "[]"), ws, RecipeKeys.NONE, "desktop", null, Progress.NONE));
        RuntimeException s = assertThrows(RuntimeException.class, () -> RecipeService.run(recipe("spark", ids,
                "[]"), ws, RecipeKeys.NONE, "spark", "local[2]", Progress.NONE));
        assertEquals("Cannot apply step 3 to customers.csv: Column \"customer_id\" has more than 100 distinct "
                + "values; one-hot encoding is meant for categories", d.getMessage());
        assertEquals(d.getMessage(), s.getMessage());
        assertTrue(!Files.exists(ws.resolve("exports/spark-customers.csv")));
    }

    private static long rows(RecipeResult r, int step) {
        return ((Number) r.steps().get(step).details().get("rows")).longValue();
    }
}
