package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.PermissionDeniedException;
import io.safesegment.core.privacy.policy.PrivacyBudgetLedger;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1: the mask step's whole-column rules and the leak-scan override run on Spark as on the desktop.
 * Laplace and Gaussian noise and microaggregation (ties across group boundaries, missing values) over a column
 * spread across about a dozen partitions write byte-identical files and charge the same privacy budget; an
 * exhausted budget refuses both alike; {@code allowResidual} is refused without {@code export-unmasked} and, with
 * it, releases the same file with the same audit trail.
 */
class SparkWholeColumnMaskTest {
    private static final String PASSWORD = "spark whole column";
    private static final String NOISE_POLICY = """
            {"formatVersion": 1, "id": "whole-column", "revision": 1, "name": "whole column",
             "updatedAt": "2026-01-01T00:00:00Z", "roles": {},
             "rules": [
               {"column": "customer_id", "operator": "pseudonym", "params": {"prefix": "C-"}},
               {"column": "email", "operator": "redact", "params": {}},
               {"column": "income", "operator": "microaggregate", "params": {"k": 4}},
               {"column": "score", "operator": "noise",
                "params": {"mechanism": "laplace", "epsilon": 0.5, "lower": 0, "upper": 100}},
               {"column": "age", "operator": "noise",
                "params": {"mechanism": "gaussian", "epsilon": 0.5, "delta": 1e-6, "lower": 18, "upper": 90}}
             ]}
            """;
    private static final String LEAKY_POLICY = """
            {"formatVersion": 1, "id": "leaky", "revision": 1, "name": "leaky",
             "updatedAt": "2026-01-01T00:00:00Z", "roles": {"email": "DIRECT_IDENTIFIER"},
             "rules": [
               {"column": "email", "operator": "truncate", "params": {"length": 32}},
               {"column": "income", "operator": "microaggregate", "params": {"k": 3}}
             ]}
            """;
    private static final Actor ANALYST = new Actor("andy", Role.ANALYST);
    private static final Actor OFFICER = new Actor("olivia", Role.PRIVACY_OFFICER);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void smallPartitions() throws Exception {
        Files.writeString(dir.resolve("customers.csv"), customers(4000), StandardCharsets.UTF_8);
        spark = SparkSessions.get("local[2]");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "16384"); // about a dozen partitions
        assertTrue(spark.read().csv(dir.resolve("customers.csv").toString()).rdd().getNumPartitions() >= 8);
    }

    @AfterAll
    static void restore() {
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }

    /** Incomes from 30 values (ties across every group boundary), decimals and ages out of bounds, ~6 % missing. */
    static String customers(int n) {
        Random rnd = new Random(22);
        StringBuilder b = new StringBuilder("customer_id,email,income,score,age\n");
        for (int i = 1; i <= n; i++) {
            b.append(String.format(Locale.ROOT, "C%05d,user%d@example.org,%s,%s,%s\n", i, i,
                    rnd.nextInt(16) == 0 ? "" : Integer.toString(20_000 + 1000 * rnd.nextInt(30)),
                    rnd.nextInt(16) == 0 ? "" : String.format(Locale.ROOT, "%.2f", rnd.nextDouble() * 120 - 10),
                    rnd.nextInt(16) == 0 ? "" : Integer.toString(10 + rnd.nextInt(90))));
        }
        return b.toString();
    }

    private static Recipe recipe(String policy, String output, boolean allowResidual) throws Exception {
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "whole column", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "mask", "name": "masked", "input": "customers", "policy": "%s",
                   "output": "%s", "allowResidual": %s}
                ]}""".formatted(policy, output, allowResidual), dir);
    }

    /** The workspace's vault (opened only when a step needs a key) replayed by {@code actor}. */
    private static RecipeKeys keys(Path ws, Actor actor) {
        return RecipeService.withActor(() -> KeyVault.open(ws, PASSWORD.toCharArray()), actor, null);
    }

    @Test
    void noiseAndMicroaggregationWriteTheDesktopsBytesAndChargeTheSameBudget() throws Exception {
        Files.writeString(dir.resolve("noise.json"), NOISE_POLICY);
        Path desktopWs = dir.resolve("ws-desktop");
        try (KeyVault v = KeyVault.create(desktopWs, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("pseudonym", KeyPurpose.PSEUDONYM_HMAC);
            v.create("perturbation", KeyPurpose.PSEUDONYM_HMAC);
        }
        Path sparkWs = dir.resolve("ws-spark"); // the same vault keys, its own budget ledger
        copyTree(desktopWs, sparkWs);

        RecipeResult desktop = RecipeService.run(recipe("noise.json", "masked.csv", false), desktopWs,
                keys(desktopWs, null), "desktop", null, Progress.NONE);
        RecipeResult onSpark = RecipeService.run(recipe("noise.json", "masked.csv", false), sparkWs,
                keys(sparkWs, null), "spark", "local[2]", Progress.NONE);
        assertEquals("done", desktop.steps().get(1).status());
        assertEquals("done", onSpark.steps().get(1).status(), onSpark.toString());
        byte[] expected = Files.readAllBytes(desktopWs.resolve("exports/masked.csv"));
        assertArrayEquals(expected, Files.readAllBytes(sparkWs.resolve("exports/masked.csv")));

        // the rules really ran: microaggregated incomes share groups of at least 4, noise changed the decimals
        List<String> lines = Files.readAllLines(sparkWs.resolve("exports/masked.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int income = header.indexOf("income");
        int score = header.indexOf("score");
        List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",", -1)).toList();
        Map<String, Integer> groups = new HashMap<>();
        rows.stream().filter(r -> !r[income].isEmpty()).forEach(r -> groups.merge(r[income], 1, Integer::sum));
        assertTrue(groups.values().stream().allMatch(c -> c >= 4), groups.toString());
        List<String> original = Files.readAllLines(dir.resolve("customers.csv"));
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            String before = original.get(i + 1).split(",", -1)[3];
            String after = rows.get(i)[score];
            assertEquals(before.isEmpty(), after.isEmpty(), "missing stays missing, row " + (i + 1));
            unchanged += !before.isEmpty() && Double.parseDouble(before) == Double.parseDouble(after) ? 1 : 0;
        }
        assertEquals(0, unchanged);

        // the same charge: ε 0.5 + 0.5, δ 1e-6, one release of policy whole-column@1 on customers.csv
        JsonNode d = budget(desktopWs);
        JsonNode s = budget(sparkWs);
        assertEquals(1.0, s.get("spentEpsilon").asDouble());
        for (String field : List.of("totalEpsilon", "totalDelta", "spentEpsilon", "spentDelta")) {
            assertEquals(d.get(field).asDouble(), s.get(field).asDouble(), field);
        }
        assertEquals(1, s.get("releases").size());
        for (String field : List.of("policyId", "policyRevision", "epsilon", "delta")) {
            assertEquals(d.get("releases").get(0).get(field), s.get("releases").get(0).get(field), field);
        }

        // a budget that cannot afford another run refuses it on both engines before anything is written
        for (Path ws : List.of(desktopWs, sparkWs)) {
            PrivacyBudgetLedger.in(ws).setTotal("customers.csv", 1.5, 1e-5);
        }
        RuntimeException d2 = assertThrows(RuntimeException.class, () -> RecipeService.run(
                recipe("noise.json", "again.csv", false), desktopWs, keys(desktopWs, null), "desktop", null,
                Progress.NONE));
        RuntimeException s2 = assertThrows(RuntimeException.class, () -> RecipeService.run(
                recipe("noise.json", "again.csv", false), sparkWs, keys(sparkWs, null), "spark", "local[2]",
                Progress.NONE));
        assertEquals(d2.getClass(), s2.getClass());
        assertEquals(d2.getMessage(), s2.getMessage());
        assertFalse(Files.exists(sparkWs.resolve("exports/again.csv")));
        assertEquals(1.0, budget(sparkWs).get("spentEpsilon").asDouble());
    }

    @Test
    void allowResidualNeedsTheOverridePermissionAndThenReleasesTheSameFileWithTheSameAudit() throws Exception {
        Files.writeString(dir.resolve("leaky.json"), LEAKY_POLICY);
        Path desktopWs = governed("gov-desktop");
        Path sparkWs = governed("gov-spark");

        for (Map.Entry<String, Path> run : Map.of("desktop", desktopWs, "spark", sparkWs).entrySet()) {
            String engine = run.getKey();
            Path ws = run.getValue();
            String master = engine.equals("spark") ? "local[2]" : null;
            assertThrows(PermissionDeniedException.class, () -> RecipeService.run(recipe("leaky.json",
                    "residual.csv", true), ws, keys(ws, ANALYST), ANALYST, engine, master, Progress.NONE), engine);
            assertFalse(Files.exists(ws.resolve("exports/residual.csv")), engine + ": nothing released");
            RecipeResult done = RecipeService.run(recipe("leaky.json", "residual.csv", true), ws,
                    keys(ws, OFFICER), OFFICER, engine, master, Progress.NONE);
            assertEquals("done", done.steps().get(1).status(), engine);
            assertEquals(true, done.steps().get(1).details().get("leakFound"), engine);
        }
        assertArrayEquals(Files.readAllBytes(desktopWs.resolve("exports/residual.csv")),
                Files.readAllBytes(sparkWs.resolve("exports/residual.csv")));
        List<String> desktopAudit = audit(desktopWs);
        List<String> sparkAudit = audit(sparkWs);
        assertTrue(sparkAudit.stream().anyMatch(e -> e.contains("mask-export residual.csv overridden")
                && e.contains("override=true")),
                String.join("\n", sparkAudit));
        assertEquals(desktopAudit, sparkAudit);
        assertNotEquals(0, sparkAudit.size());
    }

    private static Path governed(String name) throws Exception {
        Path ws = dir.resolve(name);
        AccessService.initialise(ws, "ada", "admin passphrase".toCharArray());
        try (AccessService.Session admin = AccessService.signIn(ws, "ada", "admin passphrase".toCharArray(), null)) {
            AccessService.addUser(ws, admin, "andy", Role.ANALYST, "analyst passphrase".toCharArray());
            AccessService.addUser(ws, admin, "olivia", Role.PRIVACY_OFFICER, "officer passphrase".toCharArray());
        }
        AuditService.signedOut(ws);
        return ws;
    }

    /** Who did what with which outcome and detail, without times and hashes. */
    private static List<String> audit(Path ws) {
        List<String> out = new ArrayList<>();
        AuditService.list(Workspace.open(ws), AuditFilter.ALL).forEach(e -> out.add(e.user() + " " + e.action()
                + " " + e.object() + " " + e.outcome() + " " + e.detail()));
        return out;
    }

    private static JsonNode budget(Path ws) throws Exception {
        return JSON.readTree(Files.readString(ws.resolve(PrivacyBudgetLedger.FILE_NAME))).get("datasets")
                .get("customers.csv");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
