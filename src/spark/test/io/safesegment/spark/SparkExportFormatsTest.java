package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1, exports in every format: a recipe's TSV, XLSX and JSON exports of a masked dataset (plain, signed
 * and encrypted) run unchanged on Spark {@code local[2]} and write the desktop engine's bytes. TSV is formatted by
 * the executors over several partitions; XLSX and JSON are written on the driver by the desktop's own writer. The
 * data has what the formats treat specially: formula-like text (neutralised in TSV and XLSX), a tab, a comma and
 * quotes in one cell, Chinese names, dates, integers, booleans and a missing cell.
 */
class SparkExportFormatsTest {
    private static final String PASSWORD = "spark export formats vault";
    private static final String POLICY = """
            {"formatVersion": 1, "id": "formats-test", "revision": 1, "name": "formats test",
             "updatedAt": "2026-01-01T00:00:00Z", "roles": {},
             "rules": [
               {"column": "customer_id", "operator": "pseudonym", "params": {"prefix": "CUST-"}},
               {"column": "full_name", "operator": "char-mask", "params": {"keepFirst": 1}},
               {"column": "email", "operator": "redact", "params": {}},
               {"column": "phone", "operator": "redact", "params": {}},
               {"column": "national_id", "operator": "redact", "params": {}}
             ]}
            """;
    private static final String RECIPE = """
            {"recipeVersion": 1, "name": "formats", "steps": [
              {"kind": "import", "name": "customers", "file": "../customers.csv",
               "roles": {"customer_id": "customer_id"}},
              {"kind": "mask", "name": "masked", "input": "customers", "policy": "../policy.json",
               "output": "masked.csv"},
              {"kind": "export", "name": "tsv", "input": "masked", "output": "release.tsv",
               "sign": {"vaultKey": "signing", "creator": "test"}},
              {"kind": "export", "name": "xlsx", "input": "masked", "output": "release.xlsx",
               "sign": {"vaultKey": "signing", "creator": "test"}},
              {"kind": "export", "name": "json", "input": "masked", "output": "release.out", "format": "JSON"},
              {"kind": "export", "name": "sealed", "input": "masked", "output": "release.xlsx.enc",
               "format": "XLSX", "encrypt": {"vaultKey": "files"}}
            ]}""";

    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void data() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("sample-datasets/customers.csv"),
                StandardCharsets.UTF_8).subList(0, 301));
        lines.add("C9999998,=HYPERLINK(\"x\"),a@example.org,+1 555,123,1980-01-01,F,=1+2,10001,,2022-01-01,Gold,false");
        lines.add("C9999999,Tab Name,b@example.org,+1 556,124,1981-02-03,M,\"City,\ttab \"\"quoted\"\"\",10002,"
                + "50000,2022-01-02,Silver,true");
        Files.write(dir.resolve("customers.csv"), lines, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("policy.json"), POLICY);
        spark = SparkSessions.get("local[2]");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "8192"); // several partitions for the TSV merge
        assertTrue(spark.read().csv(dir.resolve("customers.csv").toString()).rdd().getNumPartitions() >= 3);
    }

    @AfterAll
    static void restore() {
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }

    /** A workspace (with the recipe in it) whose vault holds the same keys as {@code vaultFrom}'s, or new ones. */
    private static Path workspace(String name, Path vaultFrom) throws Exception {
        Path ws = Files.createDirectories(dir.resolve(name));
        if (vaultFrom == null) {
            try (KeyVault v = KeyVault.create(ws, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
                v.create("pseudonym", KeyPurpose.PSEUDONYM_HMAC);
                v.create("files", KeyPurpose.FILE);
                v.create("signing", KeyPurpose.SIGNING_ED25519);
            }
        } else {
            Files.copy(vaultFrom.resolve("keys.vault"), ws.resolve("keys.vault"));
        }
        Files.writeString(ws.resolve("recipe.json"), RECIPE);
        return ws;
    }

    private static RecipeResult run(Path ws, String engine) throws Exception {
        RecipeKeys keys = () -> KeyVault.open(ws, PASSWORD.toCharArray());
        return RecipeService.run(Recipe.read(ws.resolve("recipe.json")), ws, keys, engine,
                engine.equals("spark") ? "local[2]" : null, Progress.NONE);
    }

    @Test
    void tsvXlsxAndJsonExportsOfAMaskedDatasetAreTheDesktopsBytes() throws Exception {
        Path desktopWs = workspace("desktop", null);
        Path sparkWs = workspace("spark", desktopWs);
        RecipeResult desktop = run(desktopWs, "desktop");
        RecipeResult spark = run(sparkWs, "spark");
        List<String> statuses = spark.steps().stream().map(RecipeResult.StepResult::status).toList();
        assertEquals(List.of("done", "done", "done", "done", "done", "done"), statuses, spark.toString());
        Path d = desktopWs.resolve("exports");
        Path s = sparkWs.resolve("exports");
        assertArrayEquals(Files.readAllBytes(d.resolve("masked.csv")), Files.readAllBytes(s.resolve("masked.csv")),
                "the masked input of the exports");

        byte[] tsv = Files.readAllBytes(s.resolve("release.tsv"));
        assertArrayEquals(Files.readAllBytes(d.resolve("release.tsv")), tsv, "TSV, merged from several partitions");
        String tsvText = new String(tsv, StandardCharsets.UTF_8);
        assertTrue(tsvText.contains("\t'=1+2\t") && tsvText.contains("\t\"City,\ttab \"\"quoted\"\"\"\t"),
                "formulas neutralised, a tab quoted, a comma not");
        assertEquals(303, tsvText.split("\r\n").length);

        byte[] json = Files.readAllBytes(s.resolve("release.out"));
        assertArrayEquals(Files.readAllBytes(d.resolve("release.out")), json, "JSON (the format field)");
        String jsonText = new String(json, StandardCharsets.UTF_8);
        assertTrue(jsonText.contains("\"marketing_opt_in\":false") && jsonText.contains("\"annual_income\":null"),
                "typed values as the desktop's reader types them: " + jsonText.substring(0, 300));

        // XLSX: POI stamps the workbook's creation time into docProps/core.xml, so the zips differ in that second
        // only; every entry (the sheet, shared strings, styles) is compared with that one timestamp blanked
        Map<String, String> sheet = workbook(s.resolve("release.xlsx"));
        assertEquals(workbook(d.resolve("release.xlsx")), sheet, "XLSX, entry for entry");
        String cells = sheet.entrySet().stream().filter(e -> e.getKey().startsWith("xl/")).map(Map.Entry::getValue)
                .reduce("", String::concat);
        assertTrue(cells.contains("'=1+2") && cells.contains("CUST-"), "neutralised formula, pseudonyms");

        for (int step : List.of(2, 3, 4, 5)) { // rows and format as the desktop's step reports them
            Map<String, Object> sd = spark.steps().get(step).details();
            Map<String, Object> dd = desktop.steps().get(step).details();
            assertEquals(dd.get("format"), sd.get("format"), "step " + (step + 1));
            if (sd.containsKey("rows")) {
                assertEquals(dd.get("rows"), sd.get("rows"));
            }
        }
        assertEquals("XLSX", spark.steps().get(3).details().get("format"));
        assertEquals(302, ((Number) spark.steps().get(3).details().get("rows")).intValue());

        // signed as on the desktop: the manifests verify against the signing key, and list the same file digests
        byte[] signer;
        try (KeyVault v = KeyVault.open(sparkWs, PASSWORD.toCharArray())) {
            signer = v.current("signing").publicMaterial();
        }
        for (String file : List.of("release.tsv", "release.xlsx")) {
            var report = CryptoService.verifyPinned(s.resolve(file + ".manifest.json"), List.of(signer),
                    Progress.NONE);
            assertTrue(report.valid(), file + ": " + report);
            assertEquals("formats-test", report.policyId());
            var onDesktop = CryptoService.verifyPinned(d.resolve(file + ".manifest.json"), List.of(signer),
                    Progress.NONE);
            assertTrue(onDesktop.valid(), file + ": " + onDesktop);
            assertEquals(onDesktop.files().stream().map(f -> f.name() + " " + f.status()).toList(),
                    report.files().stream().map(f -> f.name() + " " + f.status()).toList());
        }

        // the encrypted XLSX: randomised ciphertexts, the same plaintext workbook, no plaintext left behind
        Map<String, String> sealed = workbook(decrypt(sparkWs, s.resolve("release.xlsx.enc")));
        assertEquals(workbook(decrypt(desktopWs, d.resolve("release.xlsx.enc"))), sealed);
        assertEquals(sheet, sealed, "the encrypted workbook is the plain one");
        try (var files = Files.list(s)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.contains(".plain.tmp") || n.contains(".spark-")),
                    names.toString());
        }
    }

    @Test
    void aJsonExportOfASparkParquetOutputIsTheDesktopsJsonOfItsInput() throws Exception {
        Path ws = workspace("parquet", null);
        String steps = """
                {"recipeVersion": 1, "name": "via parquet", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  %s
                  {"kind": "export", "name": "json", "input": "%s", "output": "%s"}
                ]}""";
        Recipe desktop = Recipe.parse(steps.formatted("", "customers", "desktop.json"), dir);
        Recipe spark = Recipe.parse(steps.formatted("{\"kind\": \"export\", \"name\": \"pq\", \"input\": "
                + "\"customers\", \"output\": \"customers.parquet\"},", "pq", "spark.json"), dir);
        RecipeKeys keys = () -> KeyVault.open(ws, PASSWORD.toCharArray());
        RecipeService.run(desktop, ws, keys, "desktop", null, Progress.NONE);
        RecipeResult result = RecipeService.run(spark, ws, keys, "spark", "local[2]", Progress.NONE);
        assertEquals(List.of("done", "done", "done"), result.steps().stream().map(RecipeResult.StepResult::status)
                .toList(), result.toString());
        assertTrue(Files.isDirectory(ws.resolve("exports/customers.parquet")));
        // the desktop cannot read Parquet: the frame's cell texts with its column types give the desktop's table
        assertArrayEquals(Files.readAllBytes(ws.resolve("exports/desktop.json")),
                Files.readAllBytes(ws.resolve("exports/spark.json")));
        try (var files = Files.list(ws.resolve("exports"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".spark-")), "no temp file left");
        }
    }

    @Test
    void anExportWithoutAFormatIsRefusedBeforeAnythingRuns() throws Exception {
        Path ws = workspace("refused", null);
        Recipe recipe = Recipe.parse("""
                {"recipeVersion": 1, "name": "no format", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "export", "name": "first", "input": "customers", "output": "first.tsv"},
                  {"kind": "export", "name": "out", "input": "customers", "output": "customers.dat"}
                ]}""", dir);
        RecipeException refused = assertThrows(RecipeException.class, () -> RecipeService.run(recipe, ws,
                () -> KeyVault.open(ws, PASSWORD.toCharArray()), "spark", "local[2]", Progress.NONE));
        assertEquals(3, refused.problems().get(0).step());
        assertEquals("output", refused.problems().get(0).field());
        assertFalse(Files.exists(ws.resolve("exports/first.tsv")), "refused before the first export ran");
    }

    private static Path decrypt(Path ws, Path file) throws Exception {
        Path plain = dir.resolve(ws.getFileName() + "-" + file.getFileName() + ".decrypted");
        try (KeyVault v = KeyVault.open(ws, PASSWORD.toCharArray())) {
            CryptoService.decryptWithVault(file, plain, v, null, Progress.NONE);
        }
        return plain;
    }

    /** A workbook's zip entries (name → content as text), POI's creation timestamp blanked. */
    private static Map<String, String> workbook(Path zip) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    m.put(e.getName(), e.getName().equals("docProps/core.xml")
                            ? text.replaceAll("<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                            "<dcterms:created$1>(time)</dcterms:created>") : text);
                }
            }
        }
        assertTrue(m.keySet().stream().anyMatch(n -> n.startsWith("xl/worksheets/")), m.keySet().toString());
        return m;
    }
}
