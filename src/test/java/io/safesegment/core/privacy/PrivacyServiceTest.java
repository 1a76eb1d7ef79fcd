package io.safesegment.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyServiceTest {
    @TempDir
    Path dir;

    private static String policy(String id, int revision, String operator) {
        String role = "DIRECT_IDENTIFIER";
        return "{\"formatVersion\":1,\"id\":\"" + id + "\",\"revision\":" + revision + ",\"name\":\"p\","
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"邮箱\":\"" + role + "\"},"
                + "\"rules\":[{\"column\":\"邮箱\",\"operator\":\"" + operator + "\",\"params\":{}}]}";
    }

    private Path data() throws Exception {
        Path f = dir.resolve("客户.csv");
        Files.writeString(f, "编号,邮箱\n1,wang.fang@example.com\n2,li.na@example.org\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void masksLeakScansAndWrites() throws Exception {
        Files.writeString(dir.resolve("p.json"), policy("p", 1, "redact"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        var plan = PrivacyService.plan(PrivacyService.MaskOptions.of(data(), dir.resolve("p.json"), out));
        assertTrue(plan.requiredKeys().isEmpty());
        assertFalse(plan.needsWorkspace());
        var outcome = PrivacyService.mask(plan, KeyMaterial.fromSeed(new byte[32]), Progress.NONE);
        assertTrue(outcome.written());
        assertEquals(2, outcome.rows());
        assertFalse(Files.readString(out).contains("example.com"));
    }

    @Test
    void aBlockedExportWritesNothing() throws Exception {
        Files.writeString(dir.resolve("p.json"), policy("p", 1, "redact"), StandardCharsets.UTF_8);
        Path in = dir.resolve("copy.csv");
        // The e-mail is masked in its own column but survives in a free-text note the policy forgot.
        Files.writeString(in, "编号,邮箱,备注\n1,wang.fang@example.com,wang.fang@example.com\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        var plan = PrivacyService.plan(PrivacyService.MaskOptions.of(in, dir.resolve("p.json"), out));
        var outcome = PrivacyService.mask(plan, KeyMaterial.fromSeed(new byte[32]), Progress.NONE);
        assertTrue(outcome.leaks().blocked(), "the surviving original e-mail is found");
        assertFalse(outcome.written());
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesToWriteOverTheInput() throws Exception {
        Files.writeString(dir.resolve("p.json"), policy("p", 1, "redact"), StandardCharsets.UTF_8);
        Path in = data();
        assertThrows(Exception.class,
                () -> PrivacyService.plan(PrivacyService.MaskOptions.of(in, dir.resolve("p.json"), in)));
    }

    @Test
    void findsSavedPoliciesByIdAndRevision() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws.resolve(PrivacyService.POLICY_FOLDER));
        Files.writeString(ws.resolve("policies/a.policy.json"), policy("shop", 1, "redact"));
        Files.writeString(ws.resolve("policies/b.policy.json"), policy("shop", 3, "redact"));
        Files.writeString(ws.resolve("policies/broken.policy.json"), "{not json");
        assertEquals("b.policy.json", PrivacyService.findPolicy(ws, "shop", 0).getFileName().toString());
        assertEquals("a.policy.json", PrivacyService.findPolicy(ws, "shop", 1).getFileName().toString());
        PolicyException e = assertThrows(PolicyException.class, () -> PrivacyService.findPolicy(ws, "shop", 2));
        assertTrue(e.getMessage().contains("'shop' revision 2"), e.getMessage());
    }

    @Test
    void everyAppliedRevisionStaysRetrievableAfterLaterApplies() throws Exception {
        Path ws = dir.resolve("ws");
        Path current = ws.resolve(PrivacyService.POLICY_FOLDER).resolve("客户.policy.json");
        for (int revision = 1; revision <= 3; revision++) {
            PrivacyService.applyPolicy(
                    io.safesegment.core.privacy.policy.PolicyJson.fromJson(policy("shop", revision, "redact"), "t"),
                    current);
        }
        assertEquals(3, PrivacyService.readPolicy(current).revision(), "the current file holds the newest");
        assertEquals(current, PrivacyService.findPolicy(ws, "shop", 0));
        for (int revision = 1; revision <= 3; revision++) {
            Path found = PrivacyService.findPolicy(ws, "shop", revision);
            assertEquals(revision, PrivacyService.readPolicy(found).revision());
        }
        assertEquals(ws.resolve("policies/history/shop/r1.policy.json"), PrivacyService.findPolicy(ws, "shop", 1));
        PolicyException e = assertThrows(PolicyException.class, () -> PrivacyService.findPolicy(ws, "shop", 4));
        assertTrue(e.getMessage().contains("'shop' revision 4"), e.getMessage());
    }

    @Test
    void aPolicyIdCannotPointOutsideTheHistoryFolder() {
        Path folder = dir.resolve("policies");
        Path file = PrivacyService.revisionFile(folder, "../../etc/x", 2);
        assertTrue(file.normalize().startsWith(folder.resolve(PrivacyService.HISTORY_FOLDER)), file.toString());
        assertEquals("r2.policy.json", file.getFileName().toString());
    }

    private static tech.tablesaw.api.Table people() {
        StringBuilder csv = new StringBuilder("age,zip,born,disease\n");
        String[] diseases = {"flu", "cold", "asthma"};
        for (int i = 0; i < 40; i++) {
            csv.append(20 + i).append(',').append(81600 + i % 7).append(",1990-0").append(1 + i % 9).append("-15,")
                    .append(diseases[i % 3]).append('\n');
        }
        return tech.tablesaw.api.Table.read().csv(new java.io.StringReader(csv.toString()));
    }

    private static io.safesegment.core.privacy.anonymise.AnonymiseOptions options(tech.tablesaw.api.Table t, int k) {
        java.util.Map<String, io.safesegment.core.privacy.anonymise.Hierarchy> h = new java.util.LinkedHashMap<>();
        for (String qi : java.util.List.of("age", "zip", "born")) {
            h.put(qi, PrivacyService.suggestHierarchy(t, qi));
        }
        return new io.safesegment.core.privacy.anonymise.AnonymiseOptions(java.util.List.of("age", "zip", "born"), h,
                null, java.util.List.of(new io.safesegment.core.privacy.anonymise.PrivacyModel.KAnonymity(k)), 0,
                io.safesegment.core.privacy.anonymise.UtilityMetric.LOSS, 1);
    }

    @Test
    void suggestedHierarchiesCoverEveryValueAndFitTheColumnsKind() {
        var t = people();
        for (String c : java.util.List.of("age", "zip", "born", "disease")) {
            var h = PrivacyService.suggestHierarchy(t, c);
            assertTrue(h.uncovered(t.column(c).asList().stream().map(String::valueOf).toList()).isEmpty(), c);
            assertTrue(h.height() >= 2, c + " generalises at least once");
        }
        assertEquals("1990-01", PrivacyService.suggestHierarchy(t, "born").generalise("1990-01-15", 1),
                "dates generalise to the month first");
    }

    @Test
    void theSolutionSpaceHoldsEveryNodeAndTheSearchOptimumIsTheBestAcceptableOne() {
        var t = people();
        var options = options(t, 5);
        var result = PrivacyService.anonymise(t, options, Progress.NONE);
        assertTrue(result.found());
        var space = PrivacyService.solutionSpace(t, options, Progress.NONE);
        assertEquals(result.latticeSize(), space.size());
        var best = space.stream().filter(io.safesegment.core.privacy.anonymise.Transformation::acceptable)
                .min(io.safesegment.core.privacy.anonymise.Transformation::compare).orElseThrow();
        assertEquals(result.optimum().levels(), best.levels());
        assertTrue(PrivacyService.measure(t, options, new int[3]).smallestClass() < 5, "raw data is not 5-anonymous");
        assertTrue(result.optimum().smallestClass() >= 5);
    }
}
