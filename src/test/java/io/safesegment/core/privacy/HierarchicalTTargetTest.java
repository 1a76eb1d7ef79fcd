package io.safesegment.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import io.safesegment.core.privacy.policy.RiskTargets;
import io.safesegment.core.task.Progress;
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

/**
 * A stored t-closeness target with the hierarchical ground distance (issue #16): it survives the policy file and is
 * measured with the hierarchy's distance, not silently as the equal distance.
 */
class HierarchicalTTargetTest {
    @TempDir
    Path dir;

    private static final Map<String, ColumnRole> ROLES = Map.of("zip", ColumnRole.QUASI_IDENTIFIER,
            "illness", ColumnRole.SENSITIVE);

    /**
     * Two classes of three: (12*) [cold, cold, hiv] and (13*) [flu, flu, hiv]; whole output flu, cold, hiv 1/3 each.
     * Class 1 moves 1/3 of mass from flu to cold: equal distance ½(1/3 + 1/3 + 0) = 1/3; hierarchical distance (flu
     * and cold are siblings under "respiratory", height 1 of 2) 1/3 × 1/2 = 1/6. Class 2 is the mirror image.
     */
    private static Table table() {
        return Table.create("t",
                StringColumn.create("zip", "12*", "12*", "12*", "13*", "13*", "13*"),
                StringColumn.create("illness", "cold", "cold", "hiv", "flu", "flu", "hiv"));
    }

    private Path hierarchy() throws Exception {
        Path file = dir.resolve("illness.csv");
        Files.writeString(file, "flu;respiratory;*\ncold;respiratory;*\nhiv;std;*\n", StandardCharsets.UTF_8);
        return file;
    }

    private static MaskingPolicy policy(RiskTargets targets) {
        return new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "t-hier", 1, "p", Instant.parse("2026-01-01T00:00:00Z"),
                new LinkedHashMap<>(ROLES), List.of(MaskingRule.of("zip", "keep"), MaskingRule.of("illness", "keep")),
                targets);
    }

    @Test
    void hierarchicalTargetRoundTripsThroughThePolicyFile() throws Exception {
        RiskTargets targets = new RiskTargets(null, null, null, null, 0.2, null, null, "hierarchical",
                hierarchy().toString());
        Path file = dir.resolve("p.policy.json");
        PolicyJson.write(policy(targets), file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"tDistance\" : \"hierarchical\""), json);
        RiskTargets read = PolicyJson.read(file).riskTargets();
        assertEquals(targets, read);
        assertEquals("hierarchical", read.tDistance());
        assertEquals(hierarchy().toString(), read.tHierarchy());
    }

    @Test
    void equalDistanceIsTheDefaultAndOlderFilesReadUnchanged() {
        RiskTargets old = new RiskTargets(null, null, null, null, 0.2, null, null);
        assertEquals("equal", old.tDistance());
        String json = PolicyJson.toJson(policy(old));
        assertFalse(json.contains("tHierarchy"), json);
        assertEquals(old, PolicyJson.fromJson(json, "test").riskTargets());
    }

    @Test
    void hierarchicalDistanceIsValidated() {
        assertThrows(PolicyException.class, () -> new RiskTargets(null, null, null, null, 0.2, null, null,
                "hierarchical", null), "the hierarchical distance needs the hierarchy file");
        assertThrows(PolicyException.class, () -> new RiskTargets(null, null, null, null, 0.2, null, null,
                "manhattan", null));
        assertThrows(PolicyException.class, () -> new RiskTargets(3, null, null, null, null, null, null,
                "hierarchical", "h.csv"), "a distance without t");
    }

    @Test
    void theStoredTargetIsMeasuredWithTheHierarchicalDistance() throws Exception {
        RiskTargets hierarchical = new RiskTargets(null, null, null, null, 0.2, null, null, "hierarchical",
                hierarchy().toString());
        RiskTargetCheck check = PrivacyService.checkRiskTargets(table(), ROLES, hierarchical);
        assertEquals(1.0 / 6, check.measuredT(), 1e-12);
        assertTrue(check.met(), check.summary().english());

        RiskTargetCheck equal = PrivacyService.checkRiskTargets(table(), ROLES,
                new RiskTargets(null, null, null, null, 0.2, null, null));
        assertEquals(1.0 / 3, equal.measuredT(), 1e-12);
        assertFalse(equal.met());

        RiskTargetCheck strict = PrivacyService.checkRiskTargets(table(), ROLES,
                new RiskTargets(null, null, null, null, 0.1, null, null, "hierarchical", hierarchy().toString()));
        assertEquals(List.of("t"), strict.misses().stream().map(m -> m.target()).toList());
        assertEquals("t-closeness: target t 0.1, measured 0.167", strict.summary().english());
    }

    @Test
    void anExportIsCheckedWithTheStoredHierarchicalTarget() throws Exception {
        MaskingPolicy met = policy(new RiskTargets(null, null, null, null, 0.2, null, null, "hierarchical",
                hierarchy().toString()));
        Path out = dir.resolve("met.csv");
        var written = PrivacyService.exportTable(table(), PolicyJson.read(write(met)), KeyMaterial.fromSeed(
                new byte[32]), null, out, null, null, null, Progress.NONE);
        assertFalse(written.blockedByRisk(), "1/6 meets t 0.2 with the hierarchical distance");
        assertTrue(Files.exists(out));

        MaskingPolicy missed = policy(new RiskTargets(null, null, null, null, 0.1, null, null, "hierarchical",
                hierarchy().toString()));
        Path blockedOut = dir.resolve("missed.csv");
        var blocked = PrivacyService.exportTable(table(), PolicyJson.read(write(missed)), KeyMaterial.fromSeed(
                new byte[32]), null, blockedOut, null, null, null, Progress.NONE);
        assertTrue(blocked.blockedByRisk());
        assertFalse(Files.exists(blockedOut));
    }

    @Test
    void aSensitiveValueMissingFromTheHierarchyIsNamedByCountNotByValue() throws Exception {
        Path partial = dir.resolve("partial.csv");
        Files.writeString(partial, "flu;respiratory;*\ncold;respiratory;*\n", StandardCharsets.UTF_8);
        PolicyException e = assertThrows(PolicyException.class, () -> PrivacyService.checkRiskTargets(table(), ROLES,
                new RiskTargets(null, null, null, null, 0.2, null, null, "hierarchical", partial.toString())));
        assertTrue(e.getMessage().contains("partial.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("illness"), e.getMessage());
        assertFalse(e.getMessage().contains("hiv"), "no value of the data in the message: " + e.getMessage());
    }

    private Path write(MaskingPolicy p) {
        Path file = dir.resolve(p.riskTargets().t() + ".policy.json");
        PolicyJson.write(p, file);
        return file;
    }
}
