package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.RiskTargets;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safesegment export} of a dataset without a masking step is checked against its stored risk targets (issue
 * #16): the anonymisation's own targets and the saved policy's, refused with exit 3 naming target and measured value,
 * written with an officer's reason.
 */
class ExportRiskTargetsCommandTest {
    @TempDir
    Path dir;

    @Test
    void anAnonymisedDatasetIsCheckedAgainstItsAnonymisationAndItsSourcesPolicy() throws Exception {
        Path data = Files.writeString(dir.resolve("patients.csv"), """
                id,age,sex,diagnosis
                P1,21,m,flu
                P2,22,m,flu
                P3,23,f,cold
                P4,24,f,flu
                P5,31,m,hiv
                P6,32,m,flu
                P7,33,m,cold
                P8,34,f,cold
                """);
        Path age = Files.writeString(dir.resolve("age.csv"),
                "21;20-29;*\n22;20-29;*\n23;20-29;*\n24;20-29;*\n31;30-39;*\n32;30-39;*\n33;30-39;*\n34;30-39;*\n");
        Path sex = Files.writeString(dir.resolve("sex.csv"), "m;*\nf;*\n");
        String ws = dir.resolve("ws").toString();
        assertEquals(0, CliTestSupport.run("import", data.toString(), "--workspace", ws).exitCode());
        // Hand-computed optimum (AnonymiseCommandTest): age decade, sex kept, the single (30-39, f) row suppressed;
        // released classes of 2, 2 and 3 rows.
        var anonymise = CliTestSupport.run("anonymise", "--in", data.toString(), "--qi", "age,sex",
                "--hierarchy", "age=" + age + ",sex=" + sex, "--k", "2", "--suppression", "0.125",
                "--workspace", ws, "--json");
        assertEquals(0, anonymise.exitCode(), anonymise.err());
        String anonymised = "anonymised patients.csv";

        Path first = dir.resolve("first.csv");
        var met = CliTestSupport.run("export", "--workspace", ws, "--dataset", anonymised, "--out", first.toString(),
                "--json");
        assertEquals(0, met.exitCode(), met.err());
        JsonNode j = met.json();
        assertTrue(j.get("written").asBoolean());
        assertEquals(1, j.get("riskTargets").size(), j.toString());
        JsonNode own = j.get("riskTargets").get(0);
        assertEquals("anonymise step of 'anonymised patients.csv'", own.get("source").asText());
        assertTrue(own.get("measured").get("met").asBoolean());
        assertEquals(2, own.get("measured").get("targets").get("k").asInt());
        assertEquals(0.125, own.get("measured").get("targets").get("maxSuppression").asDouble(), 1e-12);
        assertEquals(2, own.get("measured").get("smallestClass").asInt());
        assertEquals(1, own.get("measured").get("suppressedRows").asInt());
        assertTrue(Files.exists(first));

        // The Privacy section stores a stricter target with the source's policy: the child must meet it too.
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("age", ColumnRole.QUASI_IDENTIFIER);
        roles.put("sex", ColumnRole.QUASI_IDENTIFIER);
        roles.put("diagnosis", ColumnRole.SENSITIVE);
        PolicyJson.write(new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "patients", 4, "p", Instant.now(), roles,
                List.of(MaskingRule.of("age", "keep")), new RiskTargets(3, null, null, null, null, null, null)),
                dir.resolve("ws/policies/patients.policy.json"));
        Path second = dir.resolve("second.csv");
        var blocked = CliTestSupport.run("export", "--workspace", ws, "--dataset", anonymised, "--out",
                second.toString(), "--json");
        assertEquals(3, blocked.exitCode(), blocked.err());
        assertFalse(Files.exists(second), "nothing written");
        JsonNode b = blocked.json();
        assertFalse(b.get("written").asBoolean());
        assertEquals(2, b.get("riskTargets").size(), b.toString());
        JsonNode policy = b.get("riskTargets").get(1);
        assertEquals("policy patients@4", policy.get("source").asText());
        assertFalse(policy.get("measured").get("met").asBoolean());
        assertEquals("k-anonymity: target k 3, measured smallest class 2",
                policy.get("measured").get("misses").get(0).asText());
        assertTrue(blocked.err().contains("policy patients@4: k-anonymity: target k 3, measured smallest class 2"),
                blocked.err());

        var raw = CliTestSupport.run("export", "--workspace", ws, "--dataset", "patients.csv", "--out",
                dir.resolve("raw.csv").toString());
        assertEquals(3, raw.exitCode(), "the raw data miss their own policy's target too: " + raw.err());
        assertTrue(raw.err().contains("target k 3, measured smallest class 1"), raw.err());

        var overridden = CliTestSupport.run("export", "--workspace", ws, "--dataset", anonymised, "--out",
                second.toString(), "--override-risk-targets", "DPO ticket 9: pilot", "--json");
        assertEquals(0, overridden.exitCode(), overridden.err());
        assertTrue(overridden.json().get("written").asBoolean());
        assertEquals("DPO ticket 9: pilot", overridden.json().get("riskOverrideReason").asText());
        assertTrue(Files.exists(second));
        var exports = AuditService.list(Workspace.open(Path.of(ws)), AuditFilter.ALL).stream()
                .filter(e -> e.action().equals("export")).toList();
        assertTrue(exports.stream().anyMatch(e -> e.outcome().equals("blocked")
                && e.detail().contains("riskTargets=missed")), exports.toString());
        assertTrue(exports.stream().anyMatch(e -> e.outcome().equals("overridden")
                && e.detail().contains("riskOverrideReason=DPO ticket 9: pilot")), exports.toString());
        assertFalse(exports.toString().contains("hiv"), "no value of the data in the audit trail");
    }

    @Test
    void aDatasetWithoutStoredTargetsExportsAsBefore() throws Exception {
        Path data = Files.writeString(dir.resolve("plain.csv"), "id,city\n1,Oslo\n2,Rome\n");
        String ws = dir.resolve("ws").toString();
        assertEquals(0, CliTestSupport.run("import", data.toString(), "--workspace", ws).exitCode());
        var run = CliTestSupport.run("export", "--workspace", ws, "--dataset", "plain.csv", "--out",
                dir.resolve("out.csv").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.json().get("written").asBoolean());
        assertEquals(0, run.json().get("riskTargets").size());
        assertEquals(2, run.json().get("rows").asInt());
    }
}
