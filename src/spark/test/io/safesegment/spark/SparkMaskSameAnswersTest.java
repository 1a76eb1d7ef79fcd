package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 2: one recipe (import → mask with pseudonyms, deterministic encryption, FPE and generalisation →
 * export) on the desktop engine and on Spark local[2] gives byte-identical files.
 */
class SparkMaskSameAnswersTest {
    private static final String PASSWORD = "spark same answers";
    private static final String POLICY = """
            {"formatVersion": 1, "id": "spark-test", "revision": 1, "name": "spark test",
             "updatedAt": "2026-01-01T00:00:00Z", "roles": {},
             "rules": [
               {"column": "customer_id", "operator": "pseudonym", "params": {"prefix": "CUST-"}},
               {"column": "full_name", "operator": "char-mask", "params": {"keepFirst": 1}},
               {"column": "email", "operator": "encrypt-deterministic", "params": {}},
               {"column": "phone", "operator": "encrypt-fpe", "params": {}},
               {"column": "national_id", "operator": "redact", "params": {}},
               {"column": "birth_date", "operator": "generalise-date", "params": {"level": "YEAR"}},
               {"column": "postcode", "operator": "generalise-prefix", "params": {"keep": 3}},
               {"column": "annual_income", "operator": "generalise-number", "params": {"width": 10000}}
             ]}
            """;

    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws");
        Files.copy(Path.of("sample-datasets/customers.csv"), dir.resolve("customers.csv"));
        Files.writeString(dir.resolve("policy.json"), POLICY);
        try (KeyVault v = KeyVault.create(ws, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("pseudonym", KeyPurpose.PSEUDONYM_HMAC);
            v.create("field-siv", KeyPurpose.DETERMINISTIC_AEAD);
            v.create("field-ff1", KeyPurpose.FF1);
            v.create("signing", KeyPurpose.SIGNING_ED25519);
        }
    }

    private RecipeKeys keys() {
        return () -> KeyVault.open(ws, PASSWORD.toCharArray());
    }

    private Recipe recipe(String prefix) throws Exception {
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "same answers", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv",
                   "roles": {"customer_id": "customer_id"}},
                  {"kind": "mask", "name": "masked", "input": "customers", "policy": "policy.json",
                   "output": "%1$s-masked.csv"},
                  {"kind": "export", "name": "release", "input": "masked", "output": "%1$s-release.csv",
                   "sign": {"vaultKey": "signing", "creator": "test"}}
                ]}""".formatted(prefix), dir);
    }

    @Test
    void desktopAndSparkWriteTheSameBytes() throws Exception {
        RecipeResult desktop = RecipeService.run(recipe("desktop"), ws, keys(), "desktop", null, Progress.NONE);
        RecipeResult spark = RecipeService.run(recipe("spark"), ws, keys(), "spark", "local[2]", Progress.NONE);
        assertEquals(List.of("done", "done", "done"), spark.steps().stream().map(RecipeResult.StepResult::status)
                .toList(), spark.toString());
        assertEquals(desktop.steps().size(), spark.steps().size());
        Path exports = ws.resolve("exports");
        byte[] masked = Files.readAllBytes(exports.resolve("desktop-masked.csv"));
        assertArrayEquals(masked, Files.readAllBytes(exports.resolve("spark-masked.csv")));
        assertArrayEquals(Files.readAllBytes(exports.resolve("desktop-release.csv")),
                Files.readAllBytes(exports.resolve("spark-release.csv")));
        // the operators really ran: no original e-mail, id or phone is left
        String text = Files.readString(exports.resolve("spark-masked.csv"));
        assertTrue(text.contains("CUST-"));
        assertTrue(!text.contains("ming.li379@example.org") && !text.contains("C0000001")
                && !text.contains("15087719150"));
        assertEquals(5008, text.split("\r\n").length); // header + every row, in input order
        assertTrue(Files.exists(exports.resolve("spark-release.csv.manifest.json")));
        assertEquals(3, ((Number) spark.steps().get(1).details().get("keysHandedToExecutors")).intValue());
        assertNotEquals(0, masked.length);
    }

    @Test
    void aLeakBlocksTheExportOnBothEngines() throws Exception {
        // e-mail is a direct identifier that a too-long truncation leaves whole: the leak scan must stop both engines
        Files.writeString(dir.resolve("policy.json"), POLICY.replace("\"roles\": {}",
                "\"roles\": {\"email\": \"DIRECT_IDENTIFIER\"}").replace(
                "{\"column\": \"email\", \"operator\": \"encrypt-deterministic\", \"params\": {}},",
                "{\"column\": \"email\", \"operator\": \"truncate\", \"params\": {\"length\": 32}},"));
        RecipeResult desktop = RecipeService.run(recipe("desktop"), ws, keys(), "desktop", null, Progress.NONE);
        RecipeResult spark = RecipeService.run(recipe("spark"), ws, keys(), "spark", "local[2]", Progress.NONE);
        assertEquals("blocked", desktop.steps().get(1).status());
        assertEquals("blocked", spark.steps().get(1).status());
        assertEquals(2, spark.steps().size(), "later steps do not run");
        assertEquals(true, spark.steps().get(1).details().get("leakFound"));
        assertTrue(String.valueOf(spark.steps().get(1).details().get("leaks")).contains("email"),
                spark.steps().get(1).details().toString());
        assertTrue(!Files.exists(ws.resolve("exports/spark-masked.csv")));
        try (var files = Files.list(ws.resolve("exports"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".spark-")), "no parts left");
        }
    }
}
