package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.cli.CliTestSupport;
import io.safesegment.core.backup.BackupService;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.pgp.PgpKeyGenerator;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.PermissionDeniedException;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1, the file and workspace steps: {@code encrypt}, an encrypted {@code export}, {@code campaign},
 * {@code erase} and {@code backup} run on the Spark engine's driver with the desktop's step code, on the files the
 * Spark steps wrote. Encryption is randomised, so the decrypted files are compared with the desktop run's (and the
 * vault key named in their headers); the campaign list, the erased datasets and a restored backup are compared as
 * files. The roles the governance steps need are checked before anything runs. All Spark runs share the JVM's one
 * local[2] session ({@code SparkSessions.get}).
 */
class SparkDriverStepsTest {
    private static final String PASSWORD = "spark driver steps vault";
    private static final String BACKUP_PASSWORD = "a backup password of some length";
    private static final String POLICY = """
            {"formatVersion": 1, "id": "driver-test", "revision": 1, "name": "driver test",
             "updatedAt": "2026-01-01T00:00:00Z", "roles": {},
             "rules": [
               {"column": "customer_id", "operator": "pseudonym", "params": {"prefix": "CUST-"}},
               {"column": "full_name", "operator": "char-mask", "params": {"keepFirst": 1}},
               {"column": "email", "operator": "redact", "params": {}},
               {"column": "phone", "operator": "redact", "params": {}},
               {"column": "national_id", "operator": "redact", "params": {}}
             ]}
            """;

    @TempDir
    Path dir;

    /** The first 300 sample customers next to the recipe, and a vault with the keys the recipe names. */
    private Path workspace(String name) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("sample-datasets/customers.csv"), StandardCharsets.UTF_8);
        if (!Files.exists(dir.resolve("customers.csv"))) {
            Files.write(dir.resolve("customers.csv"), lines.subList(0, 301), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("policy.json"), POLICY);
            Files.writeString(dir.resolve("pw.txt"), PASSWORD + "\n");
            Files.writeString(dir.resolve("backup-pw.txt"), BACKUP_PASSWORD + "\n");
        }
        Path ws = dir.resolve(name);
        try (KeyVault v = KeyVault.create(ws, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("pseudonym", KeyPurpose.PSEUDONYM_HMAC);
            v.create("files", KeyPurpose.FILE);
            v.create("signing", KeyPurpose.SIGNING_ED25519);
            v.create("partner", KeyPurpose.OPENPGP);
            Files.writeString(dir.resolve(name + "-partner.asc"), PgpKeyGenerator.armor(
                    v.current("partner").publicMaterial()));
        }
        return ws;
    }

    private static RecipeKeys keys(Path ws, Actor actor) {
        RecipeKeys vault = () -> KeyVault.open(ws, PASSWORD.toCharArray());
        return RecipeService.withActor(vault, actor, BACKUP_PASSWORD::toCharArray);
    }

    private static List<String> statuses(RecipeResult r) {
        return r.steps().stream().map(RecipeResult.StepResult::status).toList();
    }

    private byte[] decrypt(Path ws, Path file) throws Exception {
        return decrypt(ws, file, null);
    }

    private byte[] decrypt(Path ws, Path file, Actor actor) throws Exception {
        Path plain = dir.resolve(file.getFileName() + ".decrypted");
        try (KeyVault v = KeyVault.open(ws, PASSWORD.toCharArray())) {
            CryptoService.decryptWithVault(file, plain, v, actor, Progress.NONE);
        }
        return Files.readAllBytes(plain);
    }

    private byte[] pgpDecrypt(Path ws, Path file) throws Exception {
        Path plain = dir.resolve(file.getFileName() + ".decrypted");
        try (KeyVault v = KeyVault.open(ws, PASSWORD.toCharArray())) {
            CryptoService.pgpDecrypt(file, plain, v.current("partner"), Progress.NONE);
        }
        return Files.readAllBytes(plain);
    }

    @Test
    void encryptedExportEncryptAndCampaignGiveTheDesktopsPlaintexts() throws Exception {
        Path ws = workspace("ws");
        String recipe = """
                {"recipeVersion": 1, "name": "driver steps", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv",
                   "roles": {"customer_id": "customer_id"}},
                  {"kind": "mask", "name": "masked", "input": "customers", "policy": "policy.json",
                   "output": "%1$s-masked.csv"},
                  {"kind": "export", "name": "release", "input": "masked", "output": "%1$s-release.csv.enc",
                   "encrypt": {"vaultKey": "files"}, "sign": {"vaultKey": "signing", "creator": "test"}},
                  {"kind": "encrypt", "name": "sealed", "input": "masked", "vaultKey": "files",
                   "output": "%1$s-masked.csv.enc"},
                  {"kind": "campaign", "name": "offers", "target": "masked", "offers": ["A", "B"], "seed": 7,
                   "controlShare": 0.25, "output": "%1$s-campaign.csv"},
                  {"kind": "encrypt", "name": "partnerList", "input": "offers", "pgpRecipient": "ws-partner.asc",
                   "output": "%1$s-campaign.csv.pgp"}
                ]}""";
        Files.writeString(dir.resolve("desktop.json"), recipe.formatted("desktop"));
        Files.writeString(dir.resolve("spark.json"), recipe.formatted("spark"));
        RecipeResult desktop = RecipeService.run(Recipe.read(dir.resolve("desktop.json")), ws, keys(ws, null),
                "desktop", null, Progress.NONE);
        RecipeResult spark = RecipeService.run(Recipe.read(dir.resolve("spark.json")), ws, keys(ws, null), "spark",
                "local[2]", Progress.NONE);
        assertEquals(List.of("done", "done", "done", "done", "done", "done"), statuses(spark), spark.toString());
        assertEquals(statuses(desktop), statuses(spark));
        Path exports = ws.resolve("exports");
        assertArrayEquals(Files.readAllBytes(exports.resolve("desktop-masked.csv")),
                Files.readAllBytes(exports.resolve("spark-masked.csv")), "the masked input of the driver's steps");

        // the encrypted export: randomised ciphertexts, the same plaintext, the same vault key and version
        Path desktopRelease = exports.resolve("desktop-release.csv.enc");
        Path sparkRelease = exports.resolve("spark-release.csv.enc");
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(desktopRelease), Files.readAllBytes(sparkRelease)));
        byte[] released = decrypt(ws, sparkRelease);
        assertArrayEquals(decrypt(ws, desktopRelease), released);
        assertTrue(new String(released, StandardCharsets.UTF_8).contains("CUST-"));
        assertEquals(301, new String(released, StandardCharsets.UTF_8).split("\r\n").length);
        assertEquals("files", CryptoService.readHeader(sparkRelease).keyName());
        assertEquals(CryptoService.readHeader(desktopRelease).keyVersion(),
                CryptoService.readHeader(sparkRelease).keyVersion());
        Map<String, Object> sparkExport = spark.steps().get(2).details();
        assertEquals(desktop.steps().get(2).details().get("encryptedWith"), sparkExport.get("encryptedWith"));
        assertEquals(desktop.steps().get(2).details().get("keyFingerprint"), sparkExport.get("keyFingerprint"));
        assertTrue(Files.exists(exports.resolve("spark-release.csv.enc.manifest.json")));

        // the encrypt step: the masked file, encrypted with the same key
        Path sealed = exports.resolve("spark-masked.csv.enc");
        assertArrayEquals(Files.readAllBytes(exports.resolve("spark-masked.csv")), decrypt(ws, sealed));
        assertArrayEquals(decrypt(ws, exports.resolve("desktop-masked.csv.enc")), decrypt(ws, sealed));
        assertEquals(sealed.toString(), spark.steps().get(3).outputs().get("sealed"));

        // the campaign list: the seeded split of the same masked customers, byte for byte
        byte[] campaign = Files.readAllBytes(exports.resolve("spark-campaign.csv"));
        assertArrayEquals(Files.readAllBytes(exports.resolve("desktop-campaign.csv")), campaign);
        assertEquals(desktop.steps().get(4).details(), spark.steps().get(4).details());
        assertTrue(new String(campaign, StandardCharsets.UTF_8).contains("CUST-"));

        // a driver step's output (the campaign list) encrypted for an OpenPGP recipient by the next driver step
        byte[] partnerList = pgpDecrypt(ws, exports.resolve("spark-campaign.csv.pgp"));
        assertArrayEquals(campaign, partnerList);
        assertArrayEquals(pgpDecrypt(ws, exports.resolve("desktop-campaign.csv.pgp")), partnerList);
        assertEquals(desktop.steps().get(5).details().get("encryptedWith"),
                spark.steps().get(5).details().get("encryptedWith"));

        // no plaintext left behind next to the encrypted targets
        try (var files = Files.list(exports)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.contains(".plain.tmp") || n.contains(".spark-")),
                    names.toString());
        }
    }

    @Test
    void encryptedFilesAreNotTablesAndParquetIsNotEncryptedOnSpark() throws Exception {
        Path ws = workspace("ws");
        String base = """
                {"recipeVersion": 1, "name": "refused", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "export", "name": "release", "input": "customers", "output": "%s",
                   "encrypt": {"vaultKey": "files"}},
                  {"kind": "campaign", "name": "offers", "target": "%s", "offers": ["A"], "seed": 1,
                   "output": "refused-campaign.csv"}
                ]}""";
        RecipeException table = assertThrows(RecipeException.class, () -> RecipeService.run(Recipe.parse(
                base.formatted("release.csv.enc", "release"), dir), ws, keys(ws, null), "spark", "local[2]",
                Progress.NONE));
        assertEquals(3, table.problems().get(0).step());
        assertEquals("target", table.problems().get(0).field());
        RecipeException parquet = assertThrows(RecipeException.class, () -> RecipeService.run(Recipe.parse(
                base.formatted("release.parquet", "customers"), dir), ws, keys(ws, null), "spark", "local[2]",
                Progress.NONE));
        assertEquals(2, parquet.problems().get(0).step());
        assertEquals("output", parquet.problems().get(0).field());
        assertFalse(Files.exists(ws.resolve("exports/release.csv.enc")), "refused before anything ran");
        assertFalse(Files.exists(ws.resolve("exports/release.parquet")));
    }

    /** A workspace whose datasets are the customers (imported by the CLI), with the vault of {@code vaultFrom}. */
    private Path importedWorkspace(String name, Path vaultFrom) throws Exception {
        Path ws = vaultFrom == null ? workspace(name) : Files.createDirectories(dir.resolve(name));
        if (vaultFrom != null) {
            Files.copy(vaultFrom.resolve("keys.vault"), ws.resolve("keys.vault"));
        }
        var imported = CliTestSupport.run("import", dir.resolve("customers.csv").toString(), "--workspace",
                ws.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        return ws;
    }

    /** Dataset name → the content of its current file. */
    private static Map<String, String> contents(Path ws) throws Exception {
        Map<String, String> m = new TreeMap<>();
        for (Dataset d : DatasetService.datasets(ws)) {
            m.put(d.name(), Files.readString(d.file()));
        }
        return m;
    }

    @Test
    void anErasureOnSparkNeedsAPrivacyOfficerAndLeavesTheDesktopsDatasets() throws Exception {
        Path byHand = importedWorkspace("by-hand", null);
        String pw = dir.resolve("pw.txt").toString();
        Path recipe = dir.resolve("erase.recipe.json");
        var erased = CliTestSupport.run("subject", "erase", "--workspace", byHand.toString(), "--email",
                "MING.LI379@example.org", "--role", "officer", "--password-file", pw, "--record", recipe.toString(),
                "--json");
        assertEquals(0, erased.exitCode(), erased.err());
        assertEquals(1, erased.json().get("rowsRemoved").asInt());
        Path desktop = importedWorkspace("desktop", byHand);
        Path spark = importedWorkspace("spark", byHand);
        Map<String, String> before = contents(spark);

        var analyst = CliTestSupport.run("run", recipe.toString(), "--workspace", spark.toString(), "--engine",
                "spark", "--master", "local[2]", "--password-file", pw, "--json");
        assertEquals(1, analyst.exitCode(), analyst.out() + analyst.err());
        var problem = analyst.json().get("problems").get(0);
        assertEquals(1, problem.get("step").asInt());
        assertEquals("kind", problem.get("field").asText());
        assertTrue(problem.get("reason").asText().contains("officer"), problem.toString());
        assertEquals(before, contents(spark), "a refused replay erases nothing");

        var onDesktop = CliTestSupport.run("run", recipe.toString(), "--workspace", desktop.toString(),
                "--password-file", pw, "--role", "officer", "--json");
        assertEquals(0, onDesktop.exitCode(), onDesktop.err());
        var onSpark = CliTestSupport.run("run", recipe.toString(), "--workspace", spark.toString(), "--engine",
                "spark", "--master", "local[2]", "--password-file", pw, "--role", "officer", "--user", "olga",
                "--json");
        assertEquals(0, onSpark.exitCode(), onSpark.err() + onSpark.out());
        assertEquals(1, onSpark.json().get("steps").get(0).get("details").get("rowsRemoved").asInt());
        assertEquals(onDesktop.json().get("steps").get(0).get("details").get("rowsRemoved"),
                onSpark.json().get("steps").get(0).get("details").get("rowsRemoved"));
        assertEquals(contents(desktop), contents(spark), "the Spark replay erases exactly what the desktop's does");
        assertEquals(contents(byHand), contents(spark));
        assertFalse(String.join("", contents(spark).values()).contains("ming.li379"));
        // audited as the desktop's erasure is: a subject request by the replaying officer
        assertTrue(AuditService.list(Workspace.open(spark), AuditFilter.ALL).stream().anyMatch(e ->
                e.action().equals("subject-request") && e.user().equals("olga")), "the erasure is audited");
    }

    @Test
    void aBackupOnSparkNeedsAnAdministratorAndRestores() throws Exception {
        Path ws = importedWorkspace("ws", null);
        Path backup = dir.resolve("spark.ssbackup");
        Recipe recipe = Recipe.parse("""
                {"recipeVersion": 1, "name": "backup", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv",
                   "roles": {"customer_id": "customer_id"}},
                  {"kind": "mask", "name": "masked", "input": "customers", "policy": "policy.json",
                   "output": "masked.csv"},
                  {"kind": "backup", "name": "saved", "output": "%s"}
                ]}""".formatted(backup.toString().replace("\\", "\\\\")), dir);

        RecipeException refused = assertThrows(RecipeException.class, () -> RecipeService.run(recipe, ws,
                keys(ws, new Actor("ana", Role.ANALYST)), "spark", "local[2]", Progress.NONE));
        assertEquals(3, refused.problems().get(0).step());
        assertEquals("kind", refused.problems().get(0).field());
        assertFalse(Files.exists(ws.resolve("exports/masked.csv")), "refused before the first step ran");
        assertFalse(Files.exists(backup));

        RecipeResult result = RecipeService.run(recipe, ws, keys(ws, new Actor("adam", Role.ADMINISTRATOR)), "spark",
                "local[2]", Progress.NONE);
        assertEquals(List.of("done", "done", "done"), statuses(result), result.toString());
        assertTrue(((Number) result.steps().get(2).details().get("files")).intValue() > 0);
        assertEquals(backup.toString(), result.steps().get(2).outputs().get("saved"));
        assertFalse(result.toString().contains(BACKUP_PASSWORD), "no password in the result");
        Path restored = dir.resolve("restored");
        BackupService.restore(backup, restored, BACKUP_PASSWORD.toCharArray(), new Actor("adam", Role.ADMINISTRATOR),
                Progress.NONE);
        assertEquals(contents(ws), contents(restored), "the backup restores the workspace's datasets");
        assertNotEquals(0, contents(restored).size());
    }

    @Test
    void onAGovernedWorkspaceExportsRunAsTheSignedInAccount() throws Exception {
        Path ws = dir.resolve("governed");
        AccessService.initialise(ws, "ada", "admin passphrase".toCharArray());
        try (AccessService.Session admin = AccessService.signIn(ws, "ada", "admin passphrase".toCharArray(), null)) {
            AccessService.addUser(ws, admin, "andy", Role.ANALYST, "analyst passphrase".toCharArray());
            AccessService.addUser(ws, admin, "olivia", Role.PRIVACY_OFFICER, "officer passphrase".toCharArray());
        }
        AuditService.signedOut(ws);
        try (KeyVault v = KeyVault.create(ws, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("files", KeyPurpose.FILE);
        }
        Files.writeString(dir.resolve("raw.csv"), "id,email\n1,a@example.org\n2,b@example.org\n");
        String steps = "{\"recipeVersion\":1,\"name\":\"raw-out\",\"steps\":["
                + "{\"kind\":\"import\",\"name\":\"d\",\"file\":\"raw.csv\"},"
                + "{\"kind\":\"export\",\"name\":\"out\",\"input\":\"d\",\"output\":\"%s\"%s}]}";
        Recipe plain = Recipe.parse(steps.formatted("raw-out.csv", ""), dir);
        Recipe encrypted = Recipe.parse(steps.formatted("raw-out.csv.enc",
                ",\"encrypt\":{\"vaultKey\":\"files\"}"), dir);
        Actor andy = new Actor("andy", Role.ANALYST);
        for (Recipe r : List.of(plain, encrypted)) {
            PermissionDeniedException refused = assertThrows(PermissionDeniedException.class, () ->
                    RecipeService.run(r, ws, keys(ws, andy), andy, "spark", "local[2]", Progress.NONE));
            assertTrue(refused.getMessage().contains("andy is signed in as Analyst"), refused.getMessage());
        }
        assertThrows(PermissionDeniedException.class, () -> RecipeService.run(plain, ws, keys(ws, null), null,
                "spark", "local[2]", Progress.NONE), "a replay without an account fails closed");
        assertFalse(Files.exists(ws.resolve("exports/raw-out.csv")) || Files.exists(ws.resolve(
                "exports/raw-out.csv.enc")), "nothing was exported");

        Actor olivia = new Actor("olivia", Role.PRIVACY_OFFICER);
        RecipeResult done = RecipeService.run(encrypted, ws, keys(ws, olivia), olivia, "spark", "local[2]",
                Progress.NONE);
        assertEquals(List.of("done", "done"), statuses(done), done.toString());
        assertEquals("id,email\r\n1,a@example.org\r\n2,b@example.org\r\n", new String(decrypt(ws,
                ws.resolve("exports/raw-out.csv.enc"), olivia), StandardCharsets.UTF_8));
        List<String> runs = AuditService.list(Workspace.open(ws), AuditFilter.ALL).stream()
                .filter(e -> e.action().equals("recipe-run")).map(e -> e.user() + ":" + e.outcome()).toList();
        assertTrue(runs.contains("andy:failure") && runs.contains("olivia:success"), runs.toString());
    }
}
