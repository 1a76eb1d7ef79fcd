package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1: the {@code clean}, {@code derive} and {@code join} steps on Spark local[2] write the same bytes as
 * the desktop engine (a median, a mode and a mean fill computed exactly on the driver, text normalisation, a
 * date derivation, dropped rows, repeated ids dropped keeping the first; an amount derivation; a left join with a
 * missing key and an unknown customer), and a cleaning operation the data cannot take stops with the desktop's
 * message before anything is written.
 */
class SparkDataStepsTest {
    private static final String CLEANING = """
            [{"step": "fill-missing", "column": "annual_income", "strategy": "MEDIAN"},
             {"step": "fill-missing", "column": "city", "strategy": "MODE"},
             {"step": "normalise-text", "column": "full_name", "trim": true, "collapseWhitespace": true,
              "textCase": "UPPER"},
             {"step": "derive", "source": "birth_date", "derivation": "AGE_YEARS", "target": "age",
              "asOf": "2026-01-01"},
             {"step": "drop-missing", "columns": ["gender"]},
             {"step": "drop-duplicates", "keyColumns": ["customer_id"]}]""";

    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws");
        Files.copy(Path.of("sample-datasets/customers.csv"), dir.resolve("customers.csv"));
        List<String> tx = Files.readAllLines(Path.of("sample-datasets/transactions.csv"), StandardCharsets.UTF_8);
        List<String> small = new ArrayList<>(tx.subList(0, 3001));
        small.add("T900000001,,2024-01-02T10:00:00,P00001,2,1.5,3.0,web"); // a missing key never matches
        small.add("T900000002,C9999999,2024-01-03T10:00:00,P00002,1,,,app"); // an unknown customer, no price
        Files.write(dir.resolve("tx.csv"), small, StandardCharsets.UTF_8);
    }

    private Recipe recipe(String prefix, String cleaning) throws Exception {
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "data steps", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "import", "name": "tx", "file": "tx.csv"},
                  {"kind": "clean", "name": "cleaned", "input": "customers", "output": "%1$s-clean.csv",
                   "steps": %2$s},
                  {"kind": "derive", "name": "priced", "input": "tx", "quantity": "quantity",
                   "unitPrice": "unit_price", "target": "line_total", "output": "%1$s-derive.csv"},
                  {"kind": "join", "name": "joined", "left": "priced", "right": "cleaned", "on": ["customer_id"],
                   "how": "left", "output": "%1$s-join.csv"},
                  {"kind": "clean", "name": "txclean", "input": "tx", "output": "%1$s-txclean.csv",
                   "steps": [{"step": "fill-missing", "column": "unit_price", "strategy": "MEAN"}]}
                ]}""".formatted(prefix, cleaning), dir);
    }

    @Test
    void cleanDeriveAndJoinWriteTheDesktopsBytes() throws Exception {
        RecipeResult desktop = RecipeService.run(recipe("desktop", CLEANING), ws, RecipeKeys.NONE, "desktop", null,
                Progress.NONE);
        RecipeResult spark = RecipeService.run(recipe("spark", CLEANING), ws, RecipeKeys.NONE, "spark", "local[2]",
                Progress.NONE);
        assertEquals(List.of("done", "done", "done", "done", "done", "done"), spark.steps().stream()
                .map(RecipeResult.StepResult::status).toList(), spark.toString());
        Path exports = ws.resolve("exports");
        for (String out : List.of("clean", "derive", "join", "txclean")) {
            byte[] expected = Files.readAllBytes(exports.resolve("desktop-" + out + ".csv"));
            assertArrayEquals(expected, Files.readAllBytes(exports.resolve("spark-" + out + ".csv")), out);
        }
        // the operations really ran: rows without gender and repeated ids dropped (5,000 ids, 5 without gender)
        String cleaned = Files.readString(exports.resolve("spark-clean.csv"));
        long rows = number(spark, 2, "rows");
        assertTrue(rows <= 5000 && rows >= 4995, "rows " + rows);
        assertEquals(rows + 1, cleaned.split("\r\n").length);
        assertTrue(cleaned.startsWith("customer_id,full_name,email,phone,national_id,birth_date,age,"), cleaned
                .substring(0, 120));
        assertEquals(number(desktop, 2, "rows"), number(spark, 2, "rows"));
        assertEquals(3002L, number(spark, 3, "rows"));
        assertEquals(number(desktop, 4, "rows"), number(spark, 4, "rows"));
        assertEquals(number(desktop, 4, "matchedLeftRows"), number(spark, 4, "matchedLeftRows"));
        assertEquals(2L, number(spark, 4, "unmatchedLeftRows"));
    }

    @Test
    void anOutlierStepOnTextStopsWithTheDesktopsMessageBeforeAnythingIsWritten() throws Exception {
        // outliers run on Spark since the statistics came (SparkCleanStatisticsTest); the desktop's own check of
        // the column stops the step on the driver, before any file is written
        String outliers = "[{\"step\": \"outliers\", \"column\": \"city\", \"method\": \"IQR\", "
                + "\"threshold\": 1.5, \"action\": \"CLIP\"}]";
        RuntimeException e = assertThrows(RuntimeException.class, () -> RecipeService.run(recipe("spark", outliers),
                ws, RecipeKeys.NONE, "spark", "local[2]", Progress.NONE));
        assertEquals("Cannot apply step 3 to customers.csv: Column \"city\" is STRING, not a number; parse it as a "
                + "number first", e.getMessage());
        assertTrue(!Files.exists(ws.resolve("exports")) || isEmpty(ws.resolve("exports")));
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static long number(RecipeResult r, int step, String key) {
        return ((Number) r.steps().get(step).details().get(key)).longValue();
    }
}
