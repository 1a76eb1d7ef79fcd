package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** detect → policy suggest → mask (leak scan) → risk, on the generator's customers. */
class PrivacyCommandsTest {
    @TempDir
    static Path dir;
    static Path customers;

    @BeforeAll
    static void generate() {
        var run = CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "400", "--seed", "11");
        assertEquals(0, run.exitCode(), run.err());
        customers = dir.resolve("customers.csv");
    }

    static Map<String, JsonNode> byColumn(JsonNode columns) {
        Map<String, JsonNode> m = new HashMap<>();
        columns.forEach(c -> m.put(c.get("column").asText(), c));
        return m;
    }

    @Test
    void detectFindsTheDirectIdentifiersOfTheSampleCustomers() {
        var run = CliTestSupport.run("detect", customers.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, JsonNode> cols = byColumn(run.json().get("columns"));
        for (String direct : new String[] {"customer_id", "full_name", "email", "phone", "national_id"}) {
            assertEquals("DIRECT_IDENTIFIER", cols.get(direct).get("suggestedRole").asText(), direct);
        }
        for (String quasi : new String[] {"birth_date", "gender", "city", "postcode"}) {
            assertEquals("QUASI_IDENTIFIER", cols.get(quasi).get("suggestedRole").asText(), quasi);
        }
        assertEquals("SENSITIVE", cols.get("annual_income").get("suggestedRole").asText());
        assertEquals("EMAIL", cols.get("email").get("matches").get(0).get("entity").asText());
    }

    @Test
    void suggestMaskAndMeasureRisk() throws Exception {
        Path policy = dir.resolve("policy.json");
        var suggest = CliTestSupport.run("policy", "suggest", customers.toString(), "--out", policy.toString(), "--json");
        assertEquals(0, suggest.exitCode(), suggest.err());
        assertTrue(Files.isRegularFile(policy));
        assertEquals(0, CliTestSupport.run("policy", "check", policy.toString()).exitCode());

        Path masked = dir.resolve("masked.csv");
        var mask = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(),
                "--out", masked.toString(), "--json", "--ephemeral-keys");
        assertEquals(0, mask.exitCode(), mask.err());
        assertTrue(mask.err().contains("warning: --ephemeral-keys: using a throw-away demo key"), "the demo key is announced");
        JsonNode report = mask.json();
        assertTrue(report.get("written").asBoolean());
        assertFalse(report.get("leakFound").asBoolean());
        String maskedText = Files.readString(masked);
        String original = Files.readString(customers);
        String firstEmail = original.lines().skip(1).findFirst().orElseThrow().split(",")[2];
        assertFalse(maskedText.contains(firstEmail), "original email must not survive");

        var risk = CliTestSupport.run("risk", masked.toString(), "--qi", "birth_date,gender,postcode",
                "--sensitive", "annual_income", "--json");
        assertEquals(0, risk.exitCode(), risk.err());
        JsonNode r = risk.json();
        assertTrue(r.get("rows").asInt() >= 400, "all customer rows (plus planted duplicates)");
        assertTrue(r.get("k").asInt() >= 1);
        assertTrue(r.get("diversity").get("ordered").asBoolean());
    }

    @Test
    void maskRefusesAnExportThatLeaksAndWritesNothing() throws Exception {
        Path policy = dir.resolve("leaky.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", policy.toString()).exitCode());
        // A rule that looks like masking but changes nothing: truncating emails to 32 characters (the most truncate
        // accepts since issue #13; the sample e-mails are shorter)
        var weak = io.safesegment.core.privacy.policy.PolicyJson.read(policy)
                .withRule(new io.safesegment.core.privacy.policy.MaskingRule("email", "truncate", Map.of("length", 32)));
        io.safesegment.core.privacy.policy.PolicyJson.write(weak, policy);
        assertEquals(0, CliTestSupport.run("policy", "check", policy.toString()).exitCode(), "the rule itself is valid");
        Path out = dir.resolve("leaky.csv");
        var run = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out", out.toString(),
                "--ephemeral-keys");
        assertEquals(MaskCommand.LEAK_BLOCKED, run.exitCode(), run.err());
        assertTrue(run.err().contains("'email'"), run.err());
        assertFalse(Files.exists(out), "nothing written");

        // --allow-residual now needs a reason (intended change: the override is recorded with the export)
        var allowed = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(),
                "--out", out.toString(), "--allow-residual", "--ephemeral-keys", "--reason",
                "Recipient is the data controller itself");
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertTrue(Files.exists(out));
    }

    @Test
    void riskOnAnUnknownColumnIsAClearError() {
        var run = CliTestSupport.run("risk", customers.toString(), "--qi", "no_such_column", "--json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no_such_column"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void maskRefusesToOverwriteItsInput() {
        var run = CliTestSupport.run("mask", "--policy", dir.resolve("policy.json").toString(), "--in", customers.toString(),
                "--out", customers.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("overwrite"), run.err());
    }

    @Test
    void maskWithAWorkspaceVaultGivesStablePseudonyms() throws Exception {
        Path policy = dir.resolve("vault-policy.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", policy.toString()).exitCode());
        Path ws = dir.resolve("ws");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "correct horse battery staple\n");
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        var first = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                a.toString(), "--workspace", ws.toString(), "--password-file", pw.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("created key 'pseudonym'"), first.err());
        var second = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                b.toString(), "--workspace", ws.toString(), "--password-file", pw.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertFalse(second.err().contains("created key"), second.err());
        String idsA = Files.readAllLines(a).stream().map(l -> l.split(",")[0]).toList().toString();
        String idsB = Files.readAllLines(b).stream().map(l -> l.split(",")[0]).toList().toString();
        assertEquals(idsA, idsB, "same vault key, same pseudonyms");
        assertTrue(idsA.contains("CUST-"));

        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not the password\n");
        var denied = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                dir.resolve("c.csv").toString(), "--workspace", ws.toString(), "--password-file", wrong.toString());
        assertEquals(1, denied.exitCode());
        assertTrue(denied.err().toLowerCase(java.util.Locale.ROOT).contains("wrong password"), denied.err());
        assertFalse(Files.exists(dir.resolve("c.csv")));
    }

    @Test
    void encryptedColumnsCanBeReidentifiedOnlyWithTheVault() throws Exception {
        Path policy = dir.resolve("enc-policy.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", policy.toString()).exitCode());
        var p = io.safesegment.core.privacy.policy.PolicyJson.read(policy)
                .withRule(new io.safesegment.core.privacy.policy.MaskingRule("national_id", "encrypt-deterministic", Map.of()))
                .withRule(new io.safesegment.core.privacy.policy.MaskingRule("email", "encrypt-random", Map.of()));
        io.safesegment.core.privacy.policy.PolicyJson.write(p, policy);
        Path ws = dir.resolve("ws-enc");
        Path pw = Files.writeString(dir.resolve("pw-enc.txt"), "s3cret vault\n");
        Path masked = dir.resolve("enc-masked.csv");
        var mask = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                masked.toString(), "--workspace", ws.toString(), "--password-file", pw.toString());
        assertEquals(0, mask.exitCode(), mask.err());
        String original = Files.readString(customers);
        String secondRow = original.lines().skip(1).findFirst().orElseThrow();
        String nationalId = secondRow.split(",")[4];
        assertFalse(Files.readString(masked).contains(nationalId), "encrypted in the export");

        Path back = dir.resolve("reidentified.csv");
        var run = CliTestSupport.run("reidentify", "--policy", policy.toString(), "--in", masked.toString(), "--out",
                back.toString(), "--workspace", ws.toString(), "--password-file", pw.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("[\"email\",\"national_id\"]", run.json().get("decryptedColumns").toString(), "in policy rule order");
        String restored = Files.readString(back);
        assertTrue(restored.contains(nationalId), "the officer gets the original id back");
        assertTrue(restored.contains(secondRow.split(",")[2]), "and the original email");

        var noVault = CliTestSupport.run("reidentify", "--policy", policy.toString(), "--in", masked.toString(), "--out",
                dir.resolve("x.csv").toString());
        assertEquals(2, noVault.exitCode(), "usage error without --workspace");
        assertTrue(noVault.err().contains("--workspace"), noVault.err());
    }
}
