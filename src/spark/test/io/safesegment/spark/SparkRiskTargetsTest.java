package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.PermissionDeniedException;
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
import java.util.LinkedHashMap;
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
 * Issue 22 item 1: a mask step whose policy has risk targets runs on Spark as on the desktop. The masked output
 * (spread over several partitions) is measured before release with group-bys fed to the desktop's own check: met
 * targets release the same bytes with the same details and audit; missed targets block both engines alike (same
 * status, details and audit, no file, later steps not run); {@code overrideRiskTargets} releases for a privacy
 * officer and is refused for an analyst, as on the desktop.
 */
class SparkRiskTargetsTest {
    /** QIs age, postcode, gender generalised; diagnosis sensitive; targets {@value #TARGETS_MARK} replaced. */
    private static final String TARGETS_MARK = "TARGETS";
    private static final String POLICY = """
            {"formatVersion": 1, "id": "targets", "revision": 3, "name": "targets",
             "updatedAt": "2026-01-01T00:00:00Z",
             "roles": {"customer_id": "DIRECT_IDENTIFIER", "age": "QUASI_IDENTIFIER",
                       "postcode": "QUASI_IDENTIFIER", "gender": "QUASI_IDENTIFIER", "diagnosis": "SENSITIVE"},
             "riskTargets": TARGETS,
             "rules": [
               {"column": "customer_id", "operator": "redact", "params": {}},
               {"column": "age", "operator": "generalise-number", "params": {"width": 20}},
               {"column": "postcode", "operator": "generalise-prefix", "params": {"keep": 1}}
             ]}
            """;
    private static final Actor ANALYST = new Actor("andy", Role.ANALYST);
    private static final Actor OFFICER = new Actor("olivia", Role.PRIVACY_OFFICER);

    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void smallPartitions() throws Exception {
        Files.writeString(dir.resolve("patients.csv"), patients(1500), StandardCharsets.UTF_8);
        spark = SparkSessions.get("local[2]");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "8192"); // classes span several partitions
        assertTrue(spark.read().csv(dir.resolve("patients.csv").toString()).rdd().getNumPartitions() >= 4);
    }

    @AfterAll
    static void restore() {
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }

    /** Ages 18–89, postcodes from three leading digits, two genders, five diagnoses and ~5 % missing. */
    static String patients(int n) {
        Random rnd = new Random(22);
        String[] diagnoses = {"flu", "cold", "asthma", "diabetes", "gout"};
        StringBuilder b = new StringBuilder("customer_id,age,postcode,gender,diagnosis\n");
        for (int i = 1; i <= n; i++) {
            b.append(String.format(Locale.ROOT, "P%05d,%d,%d%04d,%s,%s\n", i, 18 + rnd.nextInt(72),
                    1 + rnd.nextInt(3), rnd.nextInt(10_000), rnd.nextBoolean() ? "F" : "M",
                    rnd.nextInt(20) == 0 ? "" : diagnoses[rnd.nextInt(diagnoses.length)]));
        }
        return b.toString();
    }

    private static Recipe recipe(String targets, String output, String override) throws Exception {
        Files.writeString(dir.resolve("policy.json"), POLICY.replace(TARGETS_MARK, targets));
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "risk targets", "steps": [
                  {"kind": "import", "name": "patients", "file": "patients.csv"},
                  {"kind": "mask", "name": "masked", "input": "patients", "policy": "policy.json",
                   "output": "%s"%s},
                  {"kind": "export", "name": "release", "input": "masked", "output": "release-%s"}
                ]}""".formatted(output, override == null ? "" : ", \"overrideRiskTargets\": \"" + override + "\"",
                output), dir);
    }

    private static RecipeResult run(Recipe recipe, Path ws, Actor actor, String engine) throws Exception {
        RecipeKeys keys = RecipeService.withActor(RecipeKeys.NONE, actor, null);
        return RecipeService.run(recipe, ws, keys, actor, engine, engine.equals("spark") ? "local[2]" : null,
                Progress.NONE);
    }

    /** The desktop step's details, and the Spark step's for the same keys, as text (rows: int vs long). */
    private static void assertSameDetails(RecipeResult.StepResult desktop, RecipeResult.StepResult spark) {
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        desktop.details().forEach((k, v) -> {
            expected.put(k, String.valueOf(v));
            actual.put(k, String.valueOf(spark.details().get(k)));
        });
        assertEquals(expected, actual);
    }

    @Test
    void metTargetsReleaseTheDesktopsBytesWithTheSameDetailsAndAudit() throws Exception {
        Recipe recipe = recipe("{\"k\": 5, \"l\": 2, \"t\": 0.5, \"maxRisk\": 0.2}", "met.csv", null);
        Path desktopWs = dir.resolve("met-desktop");
        Path sparkWs = dir.resolve("met-spark");
        RecipeResult desktop = run(recipe, desktopWs, null, "desktop");
        RecipeResult onSpark = run(recipe, sparkWs, null, "spark");
        assertEquals(List.of("done", "done", "done"), desktop.steps().stream().map(RecipeResult.StepResult::status)
                .toList(), desktop.toString());
        assertEquals(List.of("done", "done", "done"), onSpark.steps().stream().map(RecipeResult.StepResult::status)
                .toList(), onSpark.toString());
        assertEquals(true, onSpark.steps().get(1).details().get("riskTargetsMet"));
        assertSameDetails(desktop.steps().get(1), onSpark.steps().get(1));
        byte[] expected = Files.readAllBytes(desktopWs.resolve("exports/met.csv"));
        assertArrayEquals(expected, Files.readAllBytes(sparkWs.resolve("exports/met.csv")));
        assertTrue(Files.readString(sparkWs.resolve("exports/met.csv")).contains("\"[20, 40)\""), "age generalised");
        assertEquals(audit(desktopWs), audit(sparkWs));
        assertTrue(audit(sparkWs).stream().anyMatch(e -> e.contains("mask-export met.csv success")
                && e.contains("riskTargets=met")), String.join("\n", audit(sparkWs)));
        assertNoTemporaryLeft(sparkWs);
    }

    @Test
    void missedTargetsBlockBothEnginesAlikeAndLeaveNoFile() throws Exception {
        // k 200 and l 5 cannot hold over ~24 classes of ~60 rows with a missing diagnosis in some
        Recipe recipe = recipe("{\"k\": 200, \"l\": 5, \"maxSuppression\": 0.5}", "missed.csv", null);
        Path desktopWs = dir.resolve("missed-desktop");
        Path sparkWs = dir.resolve("missed-spark");
        RecipeResult desktop = run(recipe, desktopWs, null, "desktop");
        RecipeResult onSpark = run(recipe, sparkWs, null, "spark");
        assertEquals(2, desktop.steps().size(), "later steps do not run");
        assertEquals(2, onSpark.steps().size(), "later steps do not run");
        assertEquals("blocked", desktop.steps().get(1).status());
        assertEquals("blocked", onSpark.steps().get(1).status());
        assertSameDetails(desktop.steps().get(1), onSpark.steps().get(1));
        String missed = String.valueOf(onSpark.steps().get(1).details().get("riskTargetsMissed"));
        assertTrue(missed.startsWith("k-anonymity: target k 200, measured smallest class "), missed);
        assertTrue(missed.contains("l-diversity: target l 5"), missed);
        assertEquals(false, onSpark.steps().get(1).details().get("riskTargetsMet"));
        for (Path ws : List.of(desktopWs, sparkWs)) {
            assertFalse(Files.exists(ws.resolve("exports/missed.csv")), ws + ": nothing released");
        }
        assertNoTemporaryLeft(sparkWs);
        List<String> sparkAudit = audit(sparkWs);
        assertEquals(audit(desktopWs), sparkAudit);
        assertTrue(sparkAudit.stream().anyMatch(e -> e.contains("mask-export missed.csv blocked")
                && e.contains("riskTargets=missed(k-anonymity")), String.join("\n", sparkAudit));
    }

    @Test
    void anOfficersOverrideReleasesAndAuditsAsOnTheDesktopAndAnAnalystsIsRefused() throws Exception {
        Recipe analysts = recipe("{\"k\": 200}", "override.csv", "approved by the DPO, ticket 9");
        Path desktopWs = governed("gov-desktop");
        Path sparkWs = governed("gov-spark");
        for (Map.Entry<String, Path> run : Map.of("desktop", desktopWs, "spark", sparkWs).entrySet()) {
            String engine = run.getKey();
            Path ws = run.getValue();
            assertThrows(PermissionDeniedException.class, () -> run(analysts, ws, ANALYST, engine), engine);
            assertFalse(Files.exists(ws.resolve("exports/override.csv")), engine + ": nothing released");
        }
        // a blank reason is refused alike on both engines before the mask step reads anything
        Recipe blank = recipe("{\"k\": 200}", "override.csv", "   ");
        RuntimeException d = assertThrows(RuntimeException.class, () -> run(blank, desktopWs, OFFICER, "desktop"));
        RuntimeException s = assertThrows(RuntimeException.class, () -> run(blank, sparkWs, OFFICER, "spark"));
        assertEquals(d.getClass(), s.getClass());
        assertEquals(d.getMessage(), s.getMessage());
        assertNoTemporaryLeft(sparkWs);
        Recipe recipe = recipe("{\"k\": 200}", "override.csv", "approved by the DPO, ticket 9");
        RecipeResult desktop = run(recipe, desktopWs, OFFICER, "desktop");
        RecipeResult onSpark = run(recipe, sparkWs, OFFICER, "spark");
        assertEquals("done", desktop.steps().get(1).status(), desktop.toString());
        assertEquals("done", onSpark.steps().get(1).status(), onSpark.toString());
        assertEquals(false, onSpark.steps().get(1).details().get("riskTargetsMet"));
        assertSameDetails(desktop.steps().get(1), onSpark.steps().get(1));
        assertArrayEquals(Files.readAllBytes(desktopWs.resolve("exports/override.csv")),
                Files.readAllBytes(sparkWs.resolve("exports/override.csv")));
        List<String> sparkAudit = audit(sparkWs);
        assertEquals(audit(desktopWs), sparkAudit);
        assertTrue(sparkAudit.stream().anyMatch(e -> e.contains("mask-export override.csv overridden")
                && e.contains("riskOverride=true riskOverrideReason=approved by the DPO, ticket 9")),
                String.join("\n", sparkAudit));
        assertNotEquals(0, sparkAudit.size());
    }

    private static void assertNoTemporaryLeft(Path ws) throws Exception {
        Path exports = ws.resolve("exports");
        if (!Files.isDirectory(exports)) {
            return;
        }
        try (var files = Files.list(exports)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.contains(".unreleased-") || n.contains(".spark-")),
                    names.toString());
        }
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
}
