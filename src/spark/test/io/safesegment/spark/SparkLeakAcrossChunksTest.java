package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: the leak scan on Spark compares every chunk with the identifiers of the whole input, as the desktop
 * compares the whole table. The 5,007 sample customers are split into 64 kB input partitions (one chunk each), and
 * the planted values sit 600 kB apart, so no chunk holds both ends of a planted pair: scanning each chunk alone (the
 * engine before this test) missed the first case and blocked the second; both engines now agree.
 */
class SparkLeakAcrossChunksTest {
    private static final String PASSWORD = "spark leak scan";
    private static final String POLICY = """
            {"formatVersion": 1, "id": "spark-leak", "revision": 1, "name": "spark leak",
             "updatedAt": "2026-01-01T00:00:00Z",
             "roles": {"customer_id": "DIRECT_IDENTIFIER", "email": "DIRECT_IDENTIFIER"},
             "rules": [
               {"column": "customer_id", "operator": "pseudonym", "params": {"prefix": "CUST-"}},
               {"column": "full_name", "operator": "redact", "params": {}},
               {"column": "email", "operator": "pseudonym", "params": {"prefix": "E-"}},
               {"column": "phone", "operator": "redact", "params": {}},
               {"column": "national_id", "operator": "redact", "params": {}}
             ]}
            """;
    /** Row 1's e-mail (the first data row, the first partition). */
    private static final String EMAIL = "ming.li379@example.org";

    @TempDir
    Path dir;
    Path ws;
    SparkSession spark;

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws");
        Files.writeString(dir.resolve("policy.json"), POLICY);
        try (KeyVault v = KeyVault.create(ws, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("pseudonym", KeyPurpose.PSEUDONYM_HMAC);
        }
        spark = SparkSessions.get("local[2]");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "65536");
    }

    @AfterEach
    void restore() {
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }

    /** The sample customers with {@code city} of the given data rows (1-based) replaced. */
    private void customers(int[] rows, String[] cities, int tierRow, String tier) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("sample-datasets/customers.csv"),
                StandardCharsets.UTF_8));
        for (int i = 0; i < rows.length; i++) {
            lines.set(rows[i], replaceField(lines.get(rows[i]), 7, cities[i]));
        }
        if (tierRow > 0) {
            lines.set(tierRow, replaceField(lines.get(tierRow), 11, tier));
        }
        Files.write(dir.resolve("customers.csv"), lines, StandardCharsets.UTF_8);
    }

    private static String replaceField(String line, int field, String value) {
        String[] cells = line.split(",", -1);
        assertEquals(13, cells.length, line);
        cells[field] = value;
        return String.join(",", cells);
    }

    private RecipeResult run(String engine) throws Exception {
        Recipe recipe = Recipe.parse("""
                {"recipeVersion": 1, "name": "leak across chunks", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "mask", "name": "masked", "input": "customers", "policy": "policy.json",
                   "output": "%1$s-masked.csv"}
                ]}""".formatted(engine), dir);
        RecipeKeys keys = () -> KeyVault.open(ws, PASSWORD.toCharArray());
        return RecipeService.run(recipe, ws, keys, engine, engine.equals("spark") ? "local[2]" : null, Progress.NONE);
    }

    private void assertSeveralChunks() {
        int partitions = SparkImport.read(spark, dir.resolve("customers.csv"), CsvImportOptions.defaults(),
                RoleMapping.empty()).rows().javaRDD().getNumPartitions();
        assertTrue(partitions >= 8, "the input is split into " + partitions + " partitions");
    }

    @Test
    void anEmailCopiedIntoAnotherChunkBlocksBothEngines() throws Exception {
        customers(new int[] {4990}, new String[] {"see " + EMAIL}, 0, null);
        assertSeveralChunks();
        RecipeResult desktop = run("desktop");
        RecipeResult spark = run("spark");
        assertEquals("blocked", desktop.steps().get(1).status());
        assertEquals("blocked", spark.steps().get(1).status(), spark.toString());
        String found = String.valueOf(desktop.steps().get(1).details().get("leaks"));
        assertTrue(found.contains("'city'") && found.contains("distinctive identifier value of another record"),
                found);
        assertEquals(found, spark.steps().get(1).details().get("leaks"), "the same finding, counted alike");
        assertFalse(found.contains(EMAIL), "the summary never names the value");
        assertFalse(Files.exists(ws.resolve("exports/spark-masked.csv")));
    }

    @Test
    void anIdentifierThatIsAlsoAnotherColumnsValueIsNoLeakOnEitherEngine() throws Exception {
        // row 10's city mentions row 1's e-mail, but row 4995 holds the same text as its loyalty tier: on the
        // desktop a value of a non-identifier column is a code, not a leak, wherever in the table it sits
        customers(new int[] {10}, new String[] {"see " + EMAIL}, 4995, EMAIL);
        assertSeveralChunks();
        RecipeResult desktop = run("desktop");
        RecipeResult spark = run("spark");
        assertEquals("done", desktop.steps().get(1).status(), desktop.toString());
        assertEquals("done", spark.steps().get(1).status(), spark.toString());
        assertArrayEquals(Files.readAllBytes(ws.resolve("exports/desktop-masked.csv")),
                Files.readAllBytes(ws.resolve("exports/spark-masked.csv")));
    }

    @Test
    void cleanDataPassesOnBothEngines() throws Exception {
        customers(new int[0], new String[0], 0, null);
        RecipeResult desktop = run("desktop");
        RecipeResult spark = run("spark");
        assertEquals("done", desktop.steps().get(1).status(), desktop.toString());
        assertEquals("done", spark.steps().get(1).status(), spark.toString());
        assertEquals(false, spark.steps().get(1).details().get("leakFound"));
        assertArrayEquals(Files.readAllBytes(ws.resolve("exports/desktop-masked.csv")),
                Files.readAllBytes(ws.resolve("exports/spark-masked.csv")));
    }
}
