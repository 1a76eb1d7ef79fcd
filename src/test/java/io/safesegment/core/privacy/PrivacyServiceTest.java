package io.safesegment.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.review.LeakOverride;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    private Path leakyInput() throws Exception {
        Path in = dir.resolve("leaky.csv");
        // The e-mail is masked in its own column but survives in a free-text note the policy forgot.
        Files.writeString(in, "编号,邮箱,备注\n1,wang.fang@example.com,wang.fang@example.com\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("p.json"), policy("p", 1, "redact"), StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void anAllowedResidualWithReasonWritesAndRecordsTheOverride() throws Exception {
        Path in = leakyInput();
        Path out = dir.resolve("out.csv");
        var options = new PrivacyService.MaskOptions(in, null, dir.resolve("p.json"), out, null, true, null, null,
                null, null, "  audited by the DPO, ticket 42  ", false);
        var outcome = PrivacyService.mask(PrivacyService.plan(options), KeyMaterial.fromSeed(new byte[32]),
                Progress.NONE);
        assertTrue(outcome.leaks().blocked());
        assertTrue(outcome.written());
        assertEquals("audited by the DPO, ticket 42", outcome.override().reason(), "stored stripped");
        assertEquals(LeakOverride.fileBeside(out), outcome.overrideFile());
        assertEquals("audited by the DPO, ticket 42", LeakOverride.read(outcome.overrideFile()).reason());
        assertFalse(Files.readString(outcome.overrideFile()).contains("wang.fang"), "no personal value recorded");
    }

    @Test
    void aResidualAllowedWithoutReasonWritesWithoutOverrideRecord() throws Exception {
        Path out = dir.resolve("out.csv");
        var options = new PrivacyService.MaskOptions(leakyInput(), null, dir.resolve("p.json"), out, null, true,
                null, null, null);
        var outcome = PrivacyService.mask(PrivacyService.plan(options), KeyMaterial.fromSeed(new byte[32]),
                Progress.NONE);
        assertTrue(outcome.written());
        assertNull(outcome.override());
        assertFalse(Files.exists(LeakOverride.fileBeside(out)));
    }

    @Test
    void optionsRefuseReasonWithoutOverrideSourceWithoutWorkspaceAndTwoSources() throws Exception {
        Path in = data();
        Path p = dir.resolve("p.json");
        Path out = dir.resolve("out.csv");
        assertThrows(IllegalArgumentException.class, () -> new PrivacyService.MaskOptions(in, null, p, out, null,
                false, null, null, null, null, "why", false));
        assertThrows(IllegalArgumentException.class, () -> new PrivacyService.MaskOptions(null, null, p, out, null,
                false, null, null, null, "customers", null, false));
        assertThrows(IllegalArgumentException.class, () -> new PrivacyService.MaskOptions(in, null, p, out, null,
                false, dir, null, null, "customers", null, false));
        assertThrows(IllegalArgumentException.class, () -> new PrivacyService.MaskOptions(in, null, p, out, null,
                false, null, null, null, null, null, true));
        assertThrows(IllegalArgumentException.class, () -> new PrivacyService.MaskOptions(in, null, p, out, null,
                true, null, null, null, null, "x".repeat(LeakOverride.MAX_REASON + 1), false));
    }

    @Test
    void lineageImportsTheInputAndKeepsTheMaskedDatasetAsItsChild() throws Exception {
        Files.writeString(dir.resolve("p.json"), policy("p", 1, "redact"), StandardCharsets.UTF_8);
        Path ws = dir.resolve("ws");
        Path in = data();
        var options = new PrivacyService.MaskOptions(in, null, dir.resolve("p.json"), dir.resolve("masked.csv"),
                null, false, ws, null, null, null, null, true);
        var first = PrivacyService.mask(PrivacyService.plan(options), KeyMaterial.fromSeed(new byte[32]),
                Progress.NONE);
        assertNotNull(first.sourceDataset(), "the input file was imported into the workspace");
        assertEquals(List.of(first.sourceDataset().id()), first.maskedDataset().parents());
        assertEquals("mask", first.maskedDataset().steps().get(0).kind());

        // The same file again is recognised by its content, not imported twice.
        var again = PrivacyService.mask(PrivacyService.plan(new PrivacyService.MaskOptions(in, null,
                dir.resolve("p.json"), dir.resolve("masked2.csv"), null, false, ws, null, null, null, null, true)),
                KeyMaterial.fromSeed(new byte[32]), Progress.NONE);
        assertEquals(first.sourceDataset().id(), again.sourceDataset().id());

        // And the source can be named instead of given as a file; the budget key defaults to that name.
        String name = first.sourceDataset().name();
        var byName = new PrivacyService.MaskOptions(null, null, dir.resolve("p.json"), dir.resolve("masked3.csv"),
                null, false, ws, null, null, name, null, true);
        assertEquals(name, byName.datasetId());
        var third = PrivacyService.mask(PrivacyService.plan(byName), KeyMaterial.fromSeed(new byte[32]),
                Progress.NONE);
        assertEquals(first.sourceDataset().id(), third.sourceDataset().id());
        assertEquals(first.sourceDataset().file(), third.input());
        assertFalse(Files.readString(dir.resolve("masked3.csv")).contains("example.com"));
    }

    @Test
    void anonymiseSearchesWritesKeepsTheDatasetAndWritesAPolicyButNeverOverAHierarchy() throws Exception {
        Path in = Files.writeString(dir.resolve("病人.csv"), "编号;年龄;诊断\nP1;21;flu\nP2;22;flu\nP3;31;cold\n"
                + "P4;32;flu\n", StandardCharsets.UTF_8);
        Path age = Files.writeString(dir.resolve("age.csv"), "21;20-29;*\n22;20-29;*\n31;30-39;*\n32;30-39;*\n");
        Map<String, Path> files = Map.of("年龄", age);
        var options = new AnonymiseOptions(List.of("年龄"), PrivacyService.readHierarchies(files), null,
                List.of(new PrivacyModel.KAnonymity(2)), 0, UtilityMetric.LOSS, 1);
        Path out = dir.resolve("anon.csv");
        Path policy = dir.resolve("anon.policy.json");
        var outcome = PrivacyService.anonymise(new PrivacyService.AnonymiseRequest(in, null, options, files, out,
                policy, dir.resolve("ws")), Progress.NONE);
        assertTrue(outcome.result().found());
        assertEquals(Map.of("年龄", 1), outcome.result().levels(), "decades make every class of size 2");
        assertTrue(Files.readString(out).contains("20-29"));
        assertEquals(policy, outcome.policyWritten());
        assertEquals(DatasetKind.ANONYMISED, outcome.kept().kind());
        assertTrue(outcome.policyReproducesAll(), "k-anonymity suppression is reproduced by the policy");

        IOException e = assertThrows(IOException.class, () -> PrivacyService.anonymise(
                new PrivacyService.AnonymiseRequest(in, null, options, files, age, null, null), Progress.NONE));
        assertTrue(e.getMessage().contains("Refusing to overwrite"), e.getMessage());
    }

    @Test
    void checkPolicyReportsTheBudgetWithoutChargingIt() throws Exception {
        Files.writeString(dir.resolve("p.json"), policy("p", 1, "redact"), StandardCharsets.UTF_8);
        var check = PrivacyService.checkPolicy(dir.resolve("p.json"), dir.resolve("ws"), "客户.csv");
        assertTrue(check.valid(), check.problems().toString());
        assertTrue(check.cost().isZero());
        assertNotNull(check.budget());
        assertNull(check.budgetWarning(), "a policy without noise is always affordable");
        assertEquals(0.0, check.budget().spentEpsilon());
    }

    @Test
    void suggestPolicyDetectsTheEmailAndRefusesToWriteOverItsInput() throws Exception {
        Path in = data();
        Path out = dir.resolve("suggested.json");
        var policy = PrivacyService.suggestPolicy(in, null, out, Progress.NONE);
        assertTrue(policy.rules().stream().anyMatch(r -> r.column().equals("邮箱")), policy.rules().toString());
        assertEquals(policy.id(), PrivacyService.readPolicy(out).id());
        assertThrows(IOException.class, () -> PrivacyService.suggestPolicy(in, null, in, Progress.NONE));
        assertEquals(ColumnRole.DIRECT_IDENTIFIER,
                PrivacyService.detect(in, null, 100, Progress.NONE).suggestedRoles().get("邮箱"));
    }

    @Test
    void ensureKeysCreatesOnlyTheMissingKeysAndRefusesABadNameFirst() throws Exception {
        try (KeyVault vault = KeyVault.create(dir.resolve("ws"), "correct horse".toCharArray(),
                new Argon2Params(8, 1, 1))) {
            vault.create("pseudonyms", KeyPurpose.PSEUDONYM_HMAC);
            var created = PrivacyService.ensureKeys(vault, Map.of("pseudonyms", KeyPurpose.PSEUDONYM_HMAC,
                    "emails", KeyPurpose.DETERMINISTIC_AEAD));
            assertEquals(List.of("emails"), created);
            assertEquals(List.of(), PrivacyService.ensureKeys(vault, Map.of("emails", KeyPurpose.DETERMINISTIC_AEAD)));
            assertThrows(RuntimeException.class,
                    () -> PrivacyService.ensureKeys(vault, Map.of("bad name/..", KeyPurpose.PSEUDONYM_HMAC)));
            assertEquals(2, vault.list().size());
        }
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
