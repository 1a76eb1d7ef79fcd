package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.review.LeakOverride;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mask --allow-residual --reason}: the override needs a reason, which is reported and kept beside the export. */
class MaskOverrideCommandTest {
    @TempDir
    static Path dir;
    static Path customers;
    static Path leaky;

    @BeforeAll
    static void prepare() {
        var run = CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "150", "--seed", "5");
        assertEquals(0, run.exitCode(), run.err());
        customers = dir.resolve("customers.csv");
        leaky = dir.resolve("leaky.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", leaky.toString()).exitCode());
        // truncate at 32 (the longest allowed) keeps whole e-mails: a leak the scan must block
        PolicyJson.write(PolicyJson.read(leaky).withRule(new MaskingRule("email", "truncate", Map.of("length", 32))),
                leaky);
    }

    @Test
    void blockedMaskNamesColumnCountAndKindInJson() {
        Path out = dir.resolve("blocked.csv");
        var run = CliTestSupport.run("mask", "--ephemeral-keys", "--policy", leaky.toString(), "--in", customers.toString(),
                "--out", out.toString(), "--json");
        assertEquals(MaskCommand.LEAK_BLOCKED, run.exitCode(), run.err());
        JsonNode report = run.json();
        assertTrue(report.get("leakFound").asBoolean());
        assertFalse(report.get("written").asBoolean());
        JsonNode leak = report.get("leaks").get(0);
        assertEquals("email", leak.get("column").asText());
        assertTrue(leak.get("originalValues").asInt() >= 150, leak.toString());
        assertEquals("UNCHANGED_IDENTIFIER", leak.get("findings").get(0).get("kind").asText());
        String message = report.get("leakMessages").get(0).asText();
        assertTrue(message.startsWith("Column 'email': ") && message.contains("(kind: original identifier unchanged)"),
                message);
        assertFalse(report.get("leakSummary").asText().contains("[]"));
        assertFalse(run.err().contains("[]"), run.err());
        assertTrue(report.get("override").isNull());
        assertFalse(Files.exists(out));
    }

    @Test
    void allowResidualWithoutReasonIsRefusedAndWritesNothing() {
        Path out = dir.resolve("no-reason.csv");
        var run = CliTestSupport.run("mask", "--ephemeral-keys", "--policy", leaky.toString(), "--in", customers.toString(),
                "--out", out.toString(), "--allow-residual");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("--reason"), run.err());
        assertFalse(Files.exists(out));

        var blank = CliTestSupport.run("mask", "--ephemeral-keys", "--policy", leaky.toString(), "--in", customers.toString(),
                "--out", out.toString(), "--allow-residual", "--reason", "   ");
        assertNotEquals(0, blank.exitCode());
        assertFalse(Files.exists(out));

        var reasonAlone = CliTestSupport.run("mask", "--ephemeral-keys", "--policy", leaky.toString(), "--in", customers.toString(),
                "--out", out.toString(), "--reason", "why not");
        assertNotEquals(0, reasonAlone.exitCode());
        assertTrue(reasonAlone.err().contains("--allow-residual"), reasonAlone.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void allowResidualWithReasonWritesTheExportAndKeepsTheOverride() throws Exception {
        Path out = dir.resolve("overridden.csv");
        String reason = "Internal audit copy, approved by the DPO (ticket 4711)";
        var run = CliTestSupport.run("mask", "--ephemeral-keys", "--policy", leaky.toString(), "--in", customers.toString(),
                "--out", out.toString(), "--allow-residual", "--reason", reason, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = run.json();
        assertTrue(report.get("written").asBoolean());
        assertTrue(report.get("leakFound").asBoolean());
        assertEquals(reason, report.get("override").get("reason").asText());
        assertEquals(System.getProperty("user.name"), report.get("override").get("user").asText());
        assertTrue(Files.exists(out));
        Path record = LeakOverride.fileBeside(out);
        assertEquals(record.toString(), report.get("overrideFile").asText());
        LeakOverride kept = LeakOverride.read(record);
        assertEquals(reason, kept.reason());
        assertTrue(kept.leakSummary().contains("Column 'email'"), kept.leakSummary());
        String firstEmail = Files.readString(customers).lines().skip(1).findFirst().orElseThrow().split(",")[2];
        assertFalse(Files.readString(record).contains(firstEmail), "the record holds no data value");
    }
}
