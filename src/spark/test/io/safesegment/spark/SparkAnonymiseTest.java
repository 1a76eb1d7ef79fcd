package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.privacy.risk.RiskAnalyzer;
import io.safesegment.core.privacy.risk.RiskOptions;
import io.safesegment.core.privacy.risk.RiskReport;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1: an {@code anonymise} step with given levels (hierarchy files; classes below k suppressed within
 * the limit) writes the desktop's bytes on Spark local[2], and the risk figures of the output (k, distinct l,
 * t-closeness, prosecutor / journalist / marketer) equal the desktop's {@link RiskAnalyzer} on its output. Levels
 * that suppress too much stop the run before anything is written.
 */
class SparkAnonymiseTest {
    private static final Set<String> CHINA = Set.of("hangzhou", "guangzhou", "chengdu", "beijing", "nanjing",
            "chongqing", "wuhan", "xi'an", "shenzhen", "shanghai");
    private static final List<String> QIS = List.of("gender", "loyalty_tier", "city");

    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws");
        Path customers = Path.of("sample-datasets/customers.csv");
        Files.copy(customers, dir.resolve("customers.csv"));
        Files.writeString(dir.resolve("gender.csv"), "M;*\nF;*\nm;*\nf;*\n;*\n");
        Files.writeString(dir.resolve("tier.csv"), "Gold;high;*\nPlatinum;high;*\nSilver;low;*\nBronze;low;*\n");
        var city = DatasetService.importFile(customers, CsvImportOptions.defaults(), Progress.NONE).table()
                .stringColumn("city");
        StringBuilder h = new StringBuilder();
        for (String c : new TreeSet<>(city.asList())) {
            h.append(c).append(';').append(c.isEmpty() ? "?" : CHINA.contains(c.toLowerCase(Locale.ROOT)) ? "CN"
                    : "US").append(";*\n");
        }
        Files.writeString(dir.resolve("city.csv"), h.toString());
    }

    private Recipe recipe(String prefix, String levels, double limit) throws Exception {
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "anonymise", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "anonymise", "name": "anon", "input": "customers", "output": "%1$s-anon.csv",
                   "quasiIdentifiers": ["gender", "loyalty_tier", "city"], "sensitive": "annual_income", "k": 5,
                   "suppressionLimit": %3$s,
                   "hierarchies": {"gender": "gender.csv", "loyalty_tier": "tier.csv", "city": "city.csv"}%2$s}
                ]}""".formatted(prefix, levels, limit), dir);
    }

    @Test
    void givenLevelsWriteTheDesktopsBytesAndRisk() throws Exception {
        String levels = ", \"levels\": {\"gender\": 0, \"loyalty_tier\": 1, \"city\": 1}";
        RecipeResult desktop = RecipeService.run(recipe("desktop", levels, 0.01), ws, RecipeKeys.NONE, "desktop",
                null, Progress.NONE);
        RecipeResult spark = RecipeService.run(recipe("spark", levels, 0.01), ws, RecipeKeys.NONE, "spark",
                "local[2]", Progress.NONE);
        assertEquals("done", spark.steps().get(1).status(), spark.toString());
        Path exports = ws.resolve("exports");
        assertArrayEquals(Files.readAllBytes(exports.resolve("desktop-anon.csv")),
                Files.readAllBytes(exports.resolve("spark-anon.csv")));
        Map<String, Object> d = desktop.steps().get(1).details();
        Map<String, Object> s = spark.steps().get(1).details();
        assertEquals(d.get("levels"), s.get("levels"));
        assertEquals(((Number) d.get("suppressedRows")).longValue(), ((Number) s.get("suppressedRows")).longValue());
        assertTrue(((Number) s.get("suppressedRows")).longValue() > 0, "the small classes of m, f and '' go");
        assertEquals(((Number) d.get("smallestClass")).longValue(), ((Number) s.get("smallestClass")).longValue());
        RiskReport expected = RiskAnalyzer.analyze(DatasetService.importFile(exports.resolve("desktop-anon.csv"),
                CsvImportOptions.defaults(), Progress.NONE).table(), RiskOptions.of(QIS, "annual_income"),
                Progress.NONE);
        assertEquals(expected.k(), ((Number) s.get("k")).intValue());
        assertEquals(expected.prosecutor().highest(), (double) s.get("prosecutorRisk"), 1e-12);
        assertEquals(expected.journalist().highest(), (double) s.get("journalistRisk"), 1e-12);
        assertEquals(expected.marketerRisk(), (double) s.get("marketerRisk"), 1e-12);
        assertEquals(expected.diversity().distinctL(), ((Number) s.get("distinctL")).intValue());
        assertEquals(expected.diversity().tCloseness(), (double) s.get("tCloseness"), 1e-12);
    }

    @Test
    void tooMuchSuppressionStopsBeforeAnythingIsWritten() throws Exception {
        // (the search without levels runs on Spark since SparkAnonymiseSearch: SparkAnonymiseSearchTest)
        String levels = ", \"levels\": {\"gender\": 0, \"loyalty_tier\": 0, \"city\": 0}";
        for (String engine : List.of("desktop", "spark")) {
            RecipeException e = assertThrows(RecipeException.class, () -> RecipeService.run(recipe(engine, levels,
                    0.0), ws, RecipeKeys.NONE, engine, engine.equals("spark") ? "local[2]" : null, Progress.NONE));
            assertEquals("levels", e.problems().get(0).field(), engine);
            assertFalse(Files.exists(ws.resolve("exports/" + engine + "-anon.csv")), engine);
        }
    }
}
