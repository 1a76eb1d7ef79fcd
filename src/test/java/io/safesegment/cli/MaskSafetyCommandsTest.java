package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13 through the CLI: keyed rules need a vault, the privacy budget, hash migration, parameter refusals. */
class MaskSafetyCommandsTest {
    @TempDir
    static Path dir;
    static Path customers;
    static Path basePolicy;

    @BeforeAll
    static void generate() {
        var run = CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "300", "--seed", "5");
        assertEquals(0, run.exitCode(), run.err());
        customers = dir.resolve("customers.csv");
        basePolicy = dir.resolve("base.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", basePolicy.toString()).exitCode());
    }

    static Path policyWith(String name, MaskingRule... rules) {
        var p = PolicyJson.read(basePolicy);
        for (MaskingRule r : rules) {
            p = p.withRule(r);
        }
        Path file = dir.resolve(name);
        PolicyJson.write(p, file);
        return file;
    }

    @Test
    void encryptRulesWithoutAWorkspaceAreRefusedOrLoudlyEphemeral() {
        Path policy = policyWith("enc.json", new MaskingRule("email", "encrypt-random", Map.of()));
        Path out = dir.resolve("enc.csv");
        var refused = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out", out.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("need a workspace key vault") && refused.err().contains("--workspace"), refused.err());
        assertFalse(Files.exists(out), "nothing written");

        var ephemeral = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                out.toString(), "--ephemeral-keys");
        assertEquals(0, ephemeral.exitCode(), ephemeral.err());
        assertTrue(ephemeral.err().contains("can NEVER be decrypted"), ephemeral.err());
    }

    @Test
    void policyCheckWarnsAboutLegacyHashAndSeed() {
        Path policy = policyWith("legacy.json", new MaskingRule("phone", "hash", Map.of("salt", "pepper-and-salt")));
        var text = CliTestSupport.run("policy", "check", policy.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.err().contains("warning: Rule for column 'phone': hash: unkeyed salted SHA-256 is not pseudonymisation"),
                text.err());
        var json = CliTestSupport.run("policy", "check", policy.toString(), "--json");
        JsonNode report = json.json();
        assertTrue(report.get("valid").asBoolean());
        assertEquals("phone", report.get("warningDetails").get(0).get("column").asText());
        assertEquals("salt", report.get("warningDetails").get(0).get("parameter").asText());
        assertTrue(report.get("warnings").get(0).asText().contains("keyed HMAC-SHA-256"));
    }

    @Test
    void outOfRangeParametersAreReportedAndMaskRefuses() {
        Path policy = policyWith("bad.json", new MaskingRule("phone", "char-mask", Map.of("keepFirst", 2147483647)),
                new MaskingRule("birth_date", "generalise-date", Map.of("level", "DECADE")));
        var check = CliTestSupport.run("policy", "check", policy.toString(), "--json");
        assertEquals(1, check.exitCode());
        JsonNode details = check.json().get("problemDetails");
        assertEquals(2, details.size(), details.toString());
        assertEquals("phone", details.get(0).get("column").asText());
        assertEquals("char-mask", details.get(0).get("operator").asText());
        assertEquals("keepFirst", details.get(0).get("parameter").asText());
        assertTrue(details.get(0).get("reason").asText().contains("at most 32"), details.toString());
        assertEquals("level", details.get(1).get("parameter").asText());
        assertEquals(2, check.json().get("problems").size(), "the old string list stays");

        Path out = dir.resolve("bad.csv");
        var mask = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                out.toString(), "--ephemeral-keys");
        assertEquals(1, mask.exitCode());
        assertTrue(mask.err().contains("'keepFirst'"), mask.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void noiseSpendsTheDatasetsPrivacyBudgetAndRefusesBeyondIt() throws Exception {
        Path policy = policyWith("dp.json", new MaskingRule("annual_income", "noise",
                Map.of("epsilon", 1.0, "lower", 0, "upper", 500_000, "seed", 42)));
        Path ws = dir.resolve("ws");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "budget keeper\n");

        var noVault = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                dir.resolve("x.csv").toString(), "--ephemeral-keys");
        assertEquals(2, noVault.exitCode(), "noise needs the workspace even with throw-away keys");

        Path first = dir.resolve("dp1.csv");
        var run1 = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                first.toString(), "--workspace", ws.toString(), "--password-file", pw.toString(), "--epsilon-total", "1.5", "--json");
        assertEquals(0, run1.exitCode(), run1.err());
        JsonNode budget = run1.json().get("privacyBudget");
        assertEquals("customers.csv", budget.get("datasetId").asText());
        assertEquals(1.0, budget.get("spentEpsilon").asDouble(), 1e-12);
        assertEquals(0.5, budget.get("remainingEpsilon").asDouble(), 1e-12);
        assertEquals(1.5, budget.get("totalEpsilon").asDouble(), 1e-12);
        assertEquals(1.0, run1.json().get("privacyCost").get("epsilon").asDouble(), 1e-12);
        assertTrue(run1.json().get("warnings").get(0).asText().contains("'seed' is ignored"), run1.json().toString());

        var check = CliTestSupport.run("policy", "check", policy.toString(), "--workspace", ws.toString(),
                "--dataset-id", "customers.csv", "--json");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(1.0, check.json().get("privacyBudget").get("spentEpsilon").asDouble(), 1e-12);
        assertTrue(check.json().get("warnings").toString().contains("mask would refuse it"), check.out());

        Path second = dir.resolve("dp2.csv");
        var run2 = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                second.toString(), "--workspace", ws.toString(), "--password-file", pw.toString());
        assertEquals(1, run2.exitCode(), run2.err());
        assertTrue(run2.err().contains("Privacy budget of dataset 'customers.csv' exceeded"), run2.err());
        assertFalse(Files.exists(second), "nothing written");
    }
}
