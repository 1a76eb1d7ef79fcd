package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.privacy.PrivacyService;
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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1, the anonymise step's former refusals: on Spark local[2] with small input partitions (about a
 * dozen for the 5,007 sample customers), the search without {@code levels} picks the desktop's levels with the same
 * loss, suppression and smallest class, and writes byte-identical files with equal risk figures — for k alone with a
 * hierarchy built from the values (birth_date), for k + distinct l with a built interval hierarchy (postcode) and
 * for k + t-closeness; given levels with l go the same way. Beyond the configured bound on distinct combinations the
 * step stops before anything is written.
 */
class SparkAnonymiseSearchTest {
    private static final Set<String> CHINA = Set.of("hangzhou", "guangzhou", "chengdu", "beijing", "nanjing",
            "chongqing", "wuhan", "xi'an", "shenzhen", "shanghai");
    private static SparkSession spark;

    @TempDir
    Path dir;
    Path ws;

    @BeforeAll
    static void session() {
        spark = SparkSessions.get("local[2]");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "65536"); // ~11 partitions of the 676 kB file
    }

    @AfterAll
    static void restore() {
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
        spark.conf().unset(FrequencyTables.MAX_COMBINATIONS);
    }

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

    private Recipe recipe(String prefix, String fields) throws Exception {
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "anonymise search", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "anonymise", "name": "anon", "input": "customers", "output": "%s-anon.csv", %s}
                ]}""".formatted(prefix, fields), dir);
    }

    /** Runs the step on both engines and proves the same levels, figures, bytes and risk; returns Spark's details. */
    private Map<String, Object> sameAnswers(String name, String fields, List<String> qis, String sensitive)
            throws Exception {
        RecipeResult desktop = RecipeService.run(recipe("desktop-" + name, fields), ws, RecipeKeys.NONE, "desktop",
                null, Progress.NONE);
        RecipeResult spark = RecipeService.run(recipe("spark-" + name, fields), ws, RecipeKeys.NONE, "spark",
                "local[2]", Progress.NONE);
        assertEquals("done", spark.steps().get(1).status(), spark.toString());
        Map<String, Object> d = desktop.steps().get(1).details();
        Map<String, Object> s = spark.steps().get(1).details();
        assertEquals(d.get("levels"), s.get("levels"), name);
        for (String figure : List.of("rows", "suppressedRows", "smallestClass")) {
            assertEquals(((Number) d.get(figure)).longValue(), ((Number) s.get(figure)).longValue(), name + " " + figure);
        }
        assertEquals(d.get("loss"), s.get("loss"), name); // the same double, bit for bit (null for given levels)
        Path exports = ws.resolve("exports");
        assertArrayEquals(Files.readAllBytes(exports.resolve("desktop-" + name + "-anon.csv")),
                Files.readAllBytes(exports.resolve("spark-" + name + "-anon.csv")), name);
        RiskReport expected = RiskAnalyzer.analyze(DatasetService.importFile(exports.resolve("desktop-" + name
                + "-anon.csv"), CsvImportOptions.defaults(), Progress.NONE).table(), RiskOptions.of(qis, sensitive),
                Progress.NONE);
        assertEquals(expected.k(), ((Number) s.get("k")).intValue(), name);
        assertEquals(expected.prosecutor().highest(), (double) s.get("prosecutorRisk"), 1e-12, name);
        assertEquals(expected.journalist().highest(), (double) s.get("journalistRisk"), 1e-12, name);
        assertEquals(expected.marketerRisk(), (double) s.get("marketerRisk"), 1e-12, name);
        assertEquals(expected.diversity().distinctL(), ((Number) s.get("distinctL")).intValue(), name);
        assertEquals(expected.diversity().tCloseness(), (double) s.get("tCloseness"), 1e-12, name);
        assertTrue(((Number) s.get("combinations")).intValue() < 5007, "fewer combinations than rows reach the driver");
        return s;
    }

    private static final String FILES = "\"hierarchies\": {\"gender\": \"gender.csv\", \"loyalty_tier\": \"tier.csv\", "
            + "\"city\": \"city.csv\"}, ";
    /** postcode has no file: its hierarchy is built from its values (intervals), on both engines. */
    private static final String FILES_BUT_POSTCODE = "\"hierarchies\": {\"gender\": \"gender.csv\", \"city\": "
            + "\"city.csv\"}, \"quasiIdentifiers\": [\"gender\", \"city\", \"postcode\"], \"sensitive\": "
            + "\"loyalty_tier\", ";

    @Test
    void theSearchPicksTheDesktopsLevelsWithAHierarchyBuiltFromTheValues() throws Exception {
        Map<String, Object> s = sameAnswers("k", FILES + "\"quasiIdentifiers\": [\"gender\", \"loyalty_tier\", \"city\", "
                + "\"birth_date\"], \"sensitive\": \"annual_income\", \"k\": 5, \"suppressionLimit\": 0.02",
                List.of("gender", "loyalty_tier", "city", "birth_date"), "annual_income");
        assertTrue(((Number) s.get("suppressedRows")).longValue() > 0, "the small classes go");
        assertTrue(((Map<?, ?>) s.get("levels")).values().stream().anyMatch(l -> ((Number) l).intValue() > 0));
        // the hierarchies built from the distinct values on the driver are the desktop's, row for row
        Path customers = dir.resolve("customers.csv");
        var table = DatasetService.importFile(customers, CsvImportOptions.defaults(), Progress.NONE).table();
        SparkFrame frame = SparkImport.read(spark, customers, CsvImportOptions.defaults(), SparkRecipeEngine.noRoles());
        var step = recipe("built", FILES + "\"quasiIdentifiers\": [\"postcode\"], \"k\": 2").steps().get(1);
        for (String column : List.of("birth_date", "postcode")) {
            assertEquals(PrivacyService.suggestHierarchy(table, column).rows(),
                    FrequencyTables.fromValues(frame, column, 1_000_000, step).rows(), column);
        }
    }

    @Test
    void lDiversityAndTClosenessSuppressLikeTheDesktop() throws Exception {
        // on the desktop, k = 5 alone picks postcode level 2; l = 3 moves the optimum to level 3
        List<String> built = List.of("gender", "city", "postcode");
        Map<String, Object> l = sameAnswers("l", FILES_BUT_POSTCODE + "\"k\": 5, \"l\": 3, \"suppressionLimit\": 0.05",
                built, "loyalty_tier");
        assertTrue(((Number) l.get("distinctL")).intValue() >= 3);
        List<String> three = List.of("gender", "loyalty_tier", "city");
        Map<String, Object> t = sameAnswers("t", FILES + "\"quasiIdentifiers\": [\"gender\", \"loyalty_tier\", \"city\"], "
                + "\"sensitive\": \"marketing_opt_in\", \"k\": 3, \"t\": 0.1, \"suppressionLimit\": 0.05",
                three, "marketing_opt_in");
        assertTrue((double) t.get("tCloseness") <= 0.1 + 1e-12);
        assertTrue(((Number) t.get("suppressedRows")).longValue() > 0);
        // given levels with l: checked and suppressed on the driver's frequency table, written as the desktop does
        // (k = 5 alone suppresses 41 rows at these levels on the desktop; l = 3 suppresses more classes)
        Map<String, Object> given = sameAnswers("given-l", FILES_BUT_POSTCODE + "\"k\": 5, \"l\": 3, "
                + "\"suppressionLimit\": 0.05, \"levels\": {\"gender\": 0, \"city\": 0, \"postcode\": 2}", built,
                "loyalty_tier");
        assertTrue(((Number) given.get("suppressedRows")).longValue() > 41, given.toString());
    }

    @Test
    void beyondTheBoundOnCombinationsNothingIsWritten() throws Exception {
        spark.conf().set(FrequencyTables.MAX_COMBINATIONS, "40");
        try {
            RecipeException e = assertThrows(RecipeException.class, () -> RecipeService.run(recipe("bound",
                    FILES + "\"quasiIdentifiers\": [\"gender\", \"loyalty_tier\", \"city\"], \"sensitive\": \"annual_income\", "
                            + "\"k\": 5, \"suppressionLimit\": 0.02"), ws, RecipeKeys.NONE, "spark", "local[2]",
                    Progress.NONE));
            assertEquals(2, e.problems().get(0).step());
            assertEquals("quasiIdentifiers", e.problems().get(0).field());
            assertTrue(e.getMessage().contains(FrequencyTables.MAX_COMBINATIONS), e.getMessage());
            assertFalse(Files.exists(ws.resolve("exports/bound-anon.csv")));
        } finally {
            spark.conf().unset(FrequencyTables.MAX_COMBINATIONS);
        }
    }
}
