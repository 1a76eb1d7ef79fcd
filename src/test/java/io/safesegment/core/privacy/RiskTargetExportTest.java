package io.safesegment.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import io.safesegment.core.privacy.policy.RiskTargets;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A policy's risk targets: measured by hand-checked figures, and an export that misses one is blocked or overridden. */
class RiskTargetExportTest {
    @TempDir
    Path dir;

    private static final Map<String, ColumnRole> ROLES = Map.of("age", ColumnRole.QUASI_IDENTIFIER,
            "zip", ColumnRole.QUASI_IDENTIFIER, "illness", ColumnRole.SENSITIVE);

    /** Classes (age, zip): (20-29,12*) × 3 rows [flu, flu, cold], (30-39,13*) × 2 [flu, hiv], one suppressed row. */
    private static Table table() {
        return Table.create("t",
                StringColumn.create("age", "20-29", "20-29", "20-29", "30-39", "30-39", "*"),
                StringColumn.create("zip", "12*", "12*", "12*", "13*", "13*", "*"),
                StringColumn.create("illness", "flu", "flu", "cold", "flu", "hiv", "flu"));
    }

    @Test
    void measuresKLTRiskAndSuppressionAsComputedByHand() {
        RiskTargets targets = new RiskTargets(3, 2.0, "distinct", null, 0.3, 0.25, 0.1);
        RiskTargetCheck check = PrivacyService.checkRiskTargets(table(), ROLES, targets);
        assertEquals(6, check.rows());
        assertEquals(1, check.suppressedRows(), "the all-* row is suppressed, not a class of one");
        assertEquals(2, check.smallestClass());
        assertEquals(0.5, check.highestRisk(), 1e-12);
        assertEquals(2, check.measuredL(), 1e-12, "both classes hold two distinct illnesses");
        // whole output: flu 4/6, cold 1/6, hiv 1/6. Class 1: flu 2/3, cold 1/3 → ½(0 + 1/6 + 1/6) = 1/6.
        // Class 2: flu 1/2, hiv 1/2 → ½(1/6 + 1/6 + 1/3) = 1/3.
        assertEquals(1.0 / 3, check.measuredT(), 1e-12);
        assertEquals(List.of("k", "t", "maxRisk", "maxSuppression"),
                check.misses().stream().map(m -> m.target()).toList());
        assertEquals("k-anonymity: target k 3, measured smallest class 2; t-closeness: target t 0.3, measured 0.333; "
                + "highest prosecutor risk: target at most 25 %, measured 50 %; suppressed rows: target at most 10 %, "
                + "measured 16.67 %", check.summary().english());

        RiskTargetCheck met = PrivacyService.checkRiskTargets(table(), ROLES,
                new RiskTargets(2, null, null, null, null, 0.5, 0.2));
        assertTrue(met.met(), met.summary().english());
    }

    @Test
    void entropyAndRecursiveLAreMeasuredPerVariant() {
        // Class 1 [2 flu, 1 cold]: exp(H) = exp(-(2/3 ln 2/3 + 1/3 ln 1/3)) = 1.8899; class 2 [1, 1]: 2.
        RiskTargetCheck entropy = PrivacyService.checkRiskTargets(table(), ROLES,
                new RiskTargets(null, 1.5, "entropy", null, null, null, null));
        assertEquals(Math.exp(-(2.0 / 3 * Math.log(2.0 / 3) + 1.0 / 3 * Math.log(1.0 / 3))), entropy.measuredL(), 1e-12);
        assertTrue(entropy.met());
        // Recursive (c=1.5): class 1 sorted [1, 2]: l=2 needs 2 < 1.5·1 (no), l=1 needs 2 < 1.5·3 (yes) → 1.
        RiskTargetCheck recursive = PrivacyService.checkRiskTargets(table(), ROLES,
                new RiskTargets(null, 2.0, "recursive", 1.5, null, null, null));
        assertEquals(1, recursive.measuredL(), 1e-12);
        assertEquals("l-diversity: target l 2, measured 1", recursive.summary().english());
    }

    @Test
    void targetsAreValidatedAndKeptInThePolicyJsonOnlyWhenSet() {
        assertThrows(PolicyException.class, () -> new RiskTargets(0, null, null, null, null, null, null));
        assertThrows(PolicyException.class, () -> new RiskTargets(null, 2.5, "distinct", null, null, null, null));
        assertThrows(PolicyException.class, () -> new RiskTargets(null, 2.0, "recursive", null, null, null, null));
        assertThrows(PolicyException.class, () -> new RiskTargets(null, null, null, null, 1.5, null, null));
        MaskingPolicy plain = policy(null);
        assertFalse(PolicyJson.toJson(plain).contains("riskTargets"), "older readers see the same file");
        MaskingPolicy withTargets = plain.withRiskTargets(new RiskTargets(5, null, null, null, null, 0.2, 0.04));
        assertEquals(2, withTargets.revision());
        String json = PolicyJson.toJson(withTargets);
        assertTrue(json.contains("\"riskTargets\""), json);
        assertFalse(json.contains("\"l\""), "unset targets are left out: " + json);
        assertEquals(withTargets.riskTargets(), PolicyJson.fromJson(json, "test").riskTargets());
        assertEquals(withTargets.riskTargets(), withTargets.withRule(MaskingRule.of("zip", "keep")).riskTargets(),
                "a rule change keeps the targets");
        assertNull(plain.withRiskTargets(new RiskTargets(null, null, null, null, null, null, null)).riskTargets());
    }

    private static MaskingPolicy policy(RiskTargets targets) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>(ROLES);
        return new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "targets", 1, "p", Instant.parse("2026-01-01T00:00:00Z"),
                roles, List.of(MaskingRule.of("zip", "keep")), targets);
    }

    @Test
    void maskBlocksAMissedTargetAndAnOverrideIsKeptInLineageAndAudit() throws Exception {
        Path in = dir.resolve("patients.csv");
        Files.writeString(in, "age,zip,illness\n20-29,12*,flu\n20-29,12*,flu\n20-29,12*,cold\n30-39,13*,flu\n"
                + "30-39,13*,hiv\n*,*,flu\n", StandardCharsets.UTF_8);
        Path policyFile = dir.resolve("p.json");
        PolicyJson.write(policy(new RiskTargets(3, null, null, null, null, null, null)), policyFile);
        Path ws = dir.resolve("ws");
        Path out = dir.resolve("out.csv");
        var options = new PrivacyService.MaskOptions(in, null, policyFile, out, null, false, ws, null, null, null,
                null, true);
        var blocked = PrivacyService.mask(PrivacyService.plan(options), KeyMaterial.fromSeed(new byte[32]),
                Progress.NONE);
        assertFalse(blocked.written());
        assertTrue(blocked.blockedByRisk());
        assertFalse(blocked.leaks().blocked(), "the leak scan alone would have let it pass");
        assertFalse(Files.exists(out));
        assertEquals("k-anonymity: target k 3, measured smallest class 2", blocked.risk().summary().english());

        assertThrows(IllegalArgumentException.class, () -> options.withRiskOverride("   "), "a reason is required");
        var overridden = PrivacyService.mask(PrivacyService.plan(options.withRiskOverride(" DPO ticket 7: test cohort ")),
                KeyMaterial.fromSeed(new byte[32]), Progress.NONE);
        assertTrue(overridden.written());
        assertEquals("DPO ticket 7: test cohort", overridden.riskOverride().reason());
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) overridden.maskedDataset().steps().getFirst().parameters()
                .get("riskOverride");
        assertEquals("DPO ticket 7: test cohort", kept.get("reason"), "the reason is kept in the lineage");
        assertEquals(List.of("k-anonymity: target k 3, measured smallest class 2"), kept.get("missedTargets"));

        var audit = AuditService.list(Workspace.open(ws), AuditFilter.ALL).stream()
                .filter(e -> e.action().equals("mask-export")).toList();
        assertEquals(2, audit.size(), audit.toString());
        assertTrue(audit.get(0).detail().contains("riskTargets=missed"), audit.get(0).detail());
        assertTrue(audit.get(1).detail().contains("riskOverrideReason=DPO ticket 7: test cohort"),
                audit.get(1).detail());
        assertFalse(audit.get(1).detail().contains("hiv"), "no value of the data in the audit trail");
    }

    @Test
    void theGuiExportIsBlockedTooAndWritesWithTheOverride() throws Exception {
        MaskingPolicy p = policy(new RiskTargets(null, null, null, null, null, 0.25, null));
        Path out = dir.resolve("gui.csv");
        var blocked = PrivacyService.exportTable(table(), p, KeyMaterial.fromSeed(new byte[32]), null, out, null,
                null, null, Progress.NONE);
        assertTrue(blocked.blockedByRisk());
        assertFalse(blocked.blockedByLeaks());
        assertFalse(Files.exists(out));
        var written = PrivacyService.exportTable(table(), p, KeyMaterial.fromSeed(new byte[32]), null, out, null,
                "accepted for the pilot", null, Progress.NONE);
        assertFalse(written.blocked());
        assertNotNull(written.riskOverride());
        assertTrue(Files.exists(out));
    }
}
