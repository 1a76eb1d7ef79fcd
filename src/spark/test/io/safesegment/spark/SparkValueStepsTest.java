package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1, value and recommendation steps: on Spark local[2] a {@code clv} step writes the desktop's
 * per-customer file and lapsed list to the byte (from the sample transactions shuffled, with a hold-out check);
 * {@code recommend} with item-kNN (product names, one segment) and with an explicit-ratings model writes the
 * desktop's campaign lists to the byte; {@code evaluate} reports the desktop's metrics; a table larger than the
 * driver bound is refused naming the field; ALS with ratings runs the desktop's ALS on the driver (same list).
 */
class SparkValueStepsTest {
    private static final String TX_ROLES = "customer_id=customer_id,product_id=product_id,timestamp=timestamp,"
            + "amount=amount,quantity=quantity,unit_price=unit_price";

    @TempDir
    Path dir;

    private RecipeResult run(String json, String engine) throws Exception {
        return RecipeService.run(Recipe.parse(json.replace("ENGINE", engine), dir), dir.resolve("ws"), () -> null,
                engine, "local[2]", Progress.NONE);
    }

    private byte[] export(String name) throws Exception {
        return Files.readAllBytes(dir.resolve("ws/exports").resolve(name));
    }

    /** The sample transactions in a seeded random order, so customers' lines are spread over both partitions. */
    private void shuffledTransactions(int lines) throws Exception {
        List<String> all = Files.readAllLines(Path.of("sample-datasets/transactions.csv"));
        List<String> body = new ArrayList<>(all.subList(1, Math.min(all.size(), lines + 1)));
        Collections.shuffle(body, new Random(22));
        body.add(0, all.get(0));
        Files.write(dir.resolve("tx.csv"), body);
    }

    @Test
    void clvFilesAreTheDesktopsToTheByte() throws Exception {
        shuffledTransactions(100_000);
        String recipe = """
                {"recipeVersion": 1, "name": "clv", "steps": [
                  {"kind": "import", "name": "tx", "file": "tx.csv", "roles": "%s"},
                  {"kind": "clv", "name": "value", "transactions": "tx", "calibrationEnd": "2025-06-30",
                   "output": "ENGINE-clv.csv", "lapsed": "ENGINE-lapsed.csv"},
                  {"kind": "clv", "name": "weeks", "transactions": "tx", "unit": "week",
                   "output": "ENGINE-clv-weeks.csv", "lapsed": "ENGINE-lapsed-weeks.csv"}
                ]}""".formatted(TX_ROLES);
        RecipeResult desktop = run(recipe, "desktop");
        RecipeResult spark = run(recipe, "spark");
        for (String file : List.of("clv.csv", "lapsed.csv", "clv-weeks.csv", "lapsed-weeks.csv")) {
            byte[] expected = export("desktop-" + file);
            assertArrayEquals(expected, export("spark-" + file), file);
            assertTrue(expected.length > 50_000, file);
        }
        assertEquals(desktop.steps().get(1).details().get("lapsed"), spark.steps().get(1).details().get("lapsed"));
        assertEquals(desktop.steps().get(1).details().get("repeatBuyers"),
                spark.steps().get(1).details().get("repeatBuyers"));
    }

    @Test
    void itemKnnAndExplicitRatingsCampaignListsAreTheDesktops() throws Exception {
        shuffledTransactions(40_000);
        Files.copy(Path.of("sample-datasets/products.csv"), dir.resolve("products.csv"));
        Files.copy(Path.of("sample-datasets/customer_segments.csv"), dir.resolve("segments.csv"));
        Random random = new Random(9);
        StringBuilder ratings = new StringBuilder("user_id,item_id,rating,timestamp\n");
        for (int i = 0; i < 6000; i++) { // re-ratings of the same pairs, at equal and earlier times too
            ratings.append(String.format(Locale.ROOT, "U%03d,I%03d,%d,%d%n", random.nextInt(300),
                    random.nextInt(120), 1 + random.nextInt(5), 1_700_000_000L + random.nextInt(400) * 3600L));
        }
        Files.writeString(dir.resolve("ratings.csv"), ratings);
        String recipe = """
                {"recipeVersion": 1, "name": "recs", "steps": [
                  {"kind": "import", "name": "tx", "file": "tx.csv", "roles": "%s"},
                  {"kind": "import", "name": "products", "file": "products.csv"},
                  {"kind": "import", "name": "segments", "file": "segments.csv"},
                  {"kind": "import", "name": "ratings", "file": "ratings.csv"},
                  {"kind": "recommend", "name": "knn", "transactions": "tx", "products": "products",
                   "segments": "segments", "segmentColumn": "planted_segment", "segment": "LAPSED",
                   "model": "itemknn", "n": 5, "seed": 7, "output": "ENGINE-itemknn.csv"},
                  {"kind": "recommend", "name": "spend", "transactions": "tx", "weighting": "spend",
                   "model": "popularity", "n": 3, "seed": 7, "output": "ENGINE-popularity.csv"},
                  {"kind": "recommend", "name": "rated", "ratings": "ratings", "model": "mf", "n": 4, "seed": 11,
                   "output": "ENGINE-mf.csv"},
                  {"kind": "recommend", "name": "alsRated", "ratings": "ratings", "model": "als", "n": 4, "seed": 5,
                   "output": "ENGINE-als.csv"}
                ]}""".formatted(TX_ROLES);
        run(recipe, "desktop");
        RecipeResult spark = run(recipe, "spark");
        for (String file : List.of("itemknn.csv", "popularity.csv", "mf.csv", "als.csv")) {
            byte[] expected = export("desktop-" + file);
            assertArrayEquals(expected, export("spark-" + file), file);
            assertTrue(Files.readAllLines(dir.resolve("ws/exports/desktop-" + file)).size() > 100, file);
        }
        String list = Files.readString(dir.resolve("ws/exports/spark-itemknn.csv"));
        assertTrue(Files.readAllLines(dir.resolve("products.csv")).stream().skip(1)
                .map(line -> line.split(",")[1]).anyMatch(list::contains), "product names from the catalogue");
        assertEquals("itemknn", spark.steps().get(4).details().get("model"));
        // ALS with ratings is the desktop's own ALS on the driver (MLlib's implicit ALS takes no ratings)
        assertFalse(String.valueOf(spark.steps().get(7).details().get("model")).contains("MLlib"),
                String.valueOf(spark.steps().get(7).details()));
    }

    @Test
    void evaluateReportsTheDesktopsMetrics() throws Exception {
        shuffledTransactions(40_000);
        String recipe = """
                {"recipeVersion": 1, "name": "eval", "steps": [
                  {"kind": "import", "name": "tx", "file": "tx.csv", "roles": "%s"},
                  {"kind": "evaluate", "name": "ev", "transactions": "tx", "models": ["popularity", "itemknn", "bpr"],
                   "folds": 2, "k": 10, "seed": 5, "weighting": "recency", "output": "ENGINE-eval.json"}
                ]}""".formatted(TX_ROLES);
        run(recipe, "desktop");
        run(recipe, "spark");
        ObjectMapper json = new ObjectMapper();
        JsonNode desktop = json.readTree(export("desktop-eval.json"));
        JsonNode spark = json.readTree(export("spark-eval.json"));
        assertEquals(3, desktop.get("models").size());
        for (int m = 0; m < 3; m++) {
            assertEquals(withoutTimes(desktop.get("models").get(m)), withoutTimes(spark.get("models").get(m)));
        }
        assertEquals(desktop.get("users"), spark.get("users"));
    }

    /** The report's metrics and settings; fit and scoring times differ from run to run on any engine. */
    private static JsonNode withoutTimes(JsonNode model) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = model.deepCopy();
        List<String> names = new ArrayList<>();
        copy.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).contains("millis") || name.toLowerCase(Locale.ROOT).contains("seconds")
                    || name.toLowerCase(Locale.ROOT).contains("time")) {
                copy.remove(name);
            }
        }
        return copy;
    }

    @Test
    void tooManyPairsForTheDriverAreRefused() throws Exception {
        shuffledTransactions(2_000);
        SparkSession spark = SparkSessions.get("local[2]");
        spark.conf().set(SparkInteractions.MAX_PAIRS, "100");
        try {
            RecipeException big = assertThrows(RecipeException.class, () -> run("""
                    {"recipeVersion": 1, "name": "big", "steps": [
                      {"kind": "import", "name": "tx", "file": "tx.csv", "roles": "%s"},
                      {"kind": "recommend", "name": "r", "transactions": "tx", "model": "itemknn", "seed": 1}
                    ]}""".formatted(TX_ROLES), "spark"));
            assertEquals("transactions", big.problems().get(0).field());
            assertTrue(big.getMessage().contains(SparkInteractions.MAX_PAIRS), big.getMessage());
        } finally {
            spark.conf().unset(SparkInteractions.MAX_PAIRS);
        }
    }
}
