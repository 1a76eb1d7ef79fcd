package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.RiskTargets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mask} with a policy carrying risk targets: blocked when missed, written with --override-risk-targets. */
class MaskRiskTargetsCommandTest {
    @TempDir
    static Path dir;
    static Path customers;
    static Path policy;

    @BeforeAll
    static void prepare() {
        var run = CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "150", "--seed", "5");
        assertEquals(0, run.exitCode(), run.err());
        customers = dir.resolve("customers.csv");
        policy = dir.resolve("targets.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", policy.toString())
                .exitCode());
        // The suggested policy keeps quasi-identifiers detailed enough that some class is smaller than 5.
        PolicyJson.write(PolicyJson.read(policy).withRiskTargets(new RiskTargets(5, null, null, null, null, null,
                null)), policy);
    }

    @Test
    void aMissedTargetBlocksTheExportAndNamesTargetAndMeasuredValue() {
        Path out = dir.resolve("blocked.csv");
        var run = CliTestSupport.run("mask", "--ephemeral-keys", "--policy", policy.toString(), "--in",
                customers.toString(), "--out", out.toString(), "--json");
        assertEquals(MaskCommand.LEAK_BLOCKED, run.exitCode(), run.err());
        JsonNode report = run.json();
        assertFalse(report.get("written").asBoolean());
        JsonNode risk = report.get("riskTargets");
        assertFalse(risk.get("met").asBoolean());
        assertEquals(5, risk.get("targets").get("k").asInt());
        int measured = risk.get("smallestClass").asInt();
        assertTrue(measured < 5, risk.toString());
        assertEquals("k-anonymity: target k 5, measured smallest class " + measured, risk.get("misses").get(0).asText());
        assertTrue(run.err().contains("--override-risk-targets"), run.err());
        assertTrue(report.get("riskOverride").isNull());
        assertFalse(Files.exists(out));
    }

    @Test
    void theOverrideNeedsAReasonAndIsReportedAndKeptInTheLineage() {
        Path out = dir.resolve("blank.csv");
        var blank = CliTestSupport.run("mask", "--ephemeral-keys", "--policy", policy.toString(), "--in",
                customers.toString(), "--out", out.toString(), "--override-risk-targets", "  ");
        assertNotEquals(0, blank.exitCode());
        assertFalse(Files.exists(out));

        Path ws = dir.resolve("ws");
        Path written = dir.resolve("overridden.csv");
        Path password = dir.resolve("pw.txt");
        var run = CliTestSupport.run("mask", "--workspace", ws.toString(), "--password-file",
                writePassword(password).toString(), "--policy", policy.toString(), "--in", customers.toString(), "--out", written.toString(),
                "--override-risk-targets", "pilot cohort, approved by the DPO (ticket 12)", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = run.json();
        assertTrue(report.get("written").asBoolean());
        assertEquals("pilot cohort, approved by the DPO (ticket 12)", report.get("riskOverride").get("reason").asText());
        assertTrue(run.err().contains("written anyway"), run.err());
        var datasets = CliTestSupport.run("datasets", "--workspace", ws.toString(), "--json");
        assertEquals(0, datasets.exitCode(), datasets.err());
        assertTrue(datasets.out().contains("\"riskOverride\""), datasets.out());
        assertTrue(datasets.out().contains("pilot cohort, approved by the DPO (ticket 12)"), datasets.out());
    }

    private static Path writePassword(Path file) {
        try {
            return Files.writeString(file, "correct horse battery staple\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
