package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safesegment audit list|verify|export|checkpoint} on a workspace after an import, masked exports (clean,
 * blocked, overridden) and key creation; the trail never holds a personal value of the sample customers.
 */
class AuditCommandTest {
    @TempDir
    static Path dir;
    static Path ws;
    static Path pw;
    static Path customers;

    @BeforeAll
    static void maskedExports() throws Exception {
        ws = dir.resolve("ws");
        pw = Files.writeString(dir.resolve("pw.txt"), "audit test vault password\n");
        assertEquals(0, CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "120",
                "--seed", "7").exitCode());
        customers = dir.resolve("customers.csv");
        Path policy = dir.resolve("policy.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", policy.toString())
                .exitCode());
        PolicyJson.write(PolicyJson.read(policy).withRule(new MaskingRule("email", "encrypt-random", Map.of())),
                policy);
        Path leaky = dir.resolve("leaky.json");
        PolicyJson.write(PolicyJson.read(policy).withRule(new MaskingRule("email", "truncate", Map.of("length", 32))),
                leaky);
        var imported = CliTestSupport.run("import", customers.toString(), "--workspace", ws.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        var masked = CliTestSupport.run("mask", "--policy", policy.toString(), "--dataset", "customers.csv",
                "--out", dir.resolve("masked.csv").toString(), "--workspace", ws.toString(), "--password-file",
                pw.toString());
        assertEquals(0, masked.exitCode(), masked.err());
        var blocked = CliTestSupport.run("mask", "--policy", leaky.toString(), "--dataset", "customers.csv",
                "--out", dir.resolve("blocked.csv").toString(), "--workspace", ws.toString(), "--password-file",
                pw.toString());
        assertEquals(MaskCommand.LEAK_BLOCKED, blocked.exitCode(), blocked.err());
        var overridden = CliTestSupport.run("mask", "--policy", leaky.toString(), "--dataset", "customers.csv",
                "--out", dir.resolve("overridden.csv").toString(), "--workspace", ws.toString(), "--password-file",
                pw.toString(), "--allow-residual", "--reason", "partner contract 12 allows e-mail");
        assertEquals(0, overridden.exitCode(), overridden.err());
    }

    @Test
    void listShowsEachActionOnceWithOutcomeAndFingerprint() {
        var run = CliTestSupport.run("audit", "list", "--workspace", ws.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        List<String> actions = new ArrayList<>();
        run.json().get("entries").forEach(e -> actions.add(e.get("action").asText() + ":" + e.get("outcome").asText()));
        assertTrue(actions.contains("import:success"), actions.toString());
        assertTrue(actions.contains("key-create:success"), actions.toString());
        assertEquals(List.of("mask-export:success", "mask-export:blocked", "mask-export:overridden"),
                actions.stream().filter(a -> a.startsWith("mask-export")).toList());

        var masks = CliTestSupport.run("audit", "list", "--workspace", ws.toString(), "--action", "mask-export",
                "--since", "2000-01-01", "--json");
        assertEquals(0, masks.exitCode(), masks.err());
        JsonNode entries = masks.json().get("entries");
        assertEquals(3, entries.size());
        JsonNode first = entries.get(0);
        assertEquals("masked.csv", first.get("object").asText());
        assertEquals(64, first.get("fingerprint").asText().length(), "the source dataset's SHA-256");
        assertTrue(first.get("detail").asText().contains("leakScan=clean"), first.toString());
        JsonNode override = entries.get(2);
        assertTrue(override.get("detail").asText().contains("override=true"), override.toString());
        assertTrue(override.get("detail").asText().contains("partner contract 12"), override.toString());

        var future = CliTestSupport.run("audit", "list", "--workspace", ws.toString(), "--since", "2999-01-01",
                "--json");
        assertEquals(0, future.json().get("entries").size());
        var unknown = CliTestSupport.run("audit", "list", "--workspace", ws.toString(), "--action", "teleport");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("mask-export"), unknown.err());
    }

    @Test
    void reidentificationIsRecordedWithItsColumnsOnly() {
        var run = CliTestSupport.run("reidentify", "--policy", dir.resolve("policy.json").toString(), "--in",
                dir.resolve("masked.csv").toString(), "--out", dir.resolve("back.csv").toString(), "--workspace",
                ws.toString(), "--password-file", pw.toString());
        assertEquals(0, run.exitCode(), run.err());
        var audit = CliTestSupport.run("audit", "list", "--workspace", ws.toString(), "--action", "reidentify",
                "--json");
        JsonNode entry = audit.json().get("entries").get(0);
        assertEquals("masked.csv", entry.get("object").asText());
        assertEquals("columns=[email] out=back.csv", entry.get("detail").asText());
    }

    @Test
    void theDatabaseHoldsNoPersonalValueOfTheSampleCustomers() throws Exception {
        String db = new String(Files.readAllBytes(ws.resolve(Workspace.DATABASE_FILE)), StandardCharsets.ISO_8859_1);
        List<String> lines = Files.readAllLines(customers);
        List<String> header = List.of(lines.getFirst().split(","));
        int email = header.indexOf("email");
        int name = header.indexOf("full_name");
        int phone = header.indexOf("phone");
        assertTrue(email >= 0 && name >= 0, header.toString());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (int column : new int[] {email, name, phone}) {
                if (column >= 0 && column < cells.length && cells[column].length() > 4) {
                    assertFalse(db.contains(cells[column]), "the workspace database holds a sample value of column "
                            + header.get(column));
                }
            }
        }
    }

    @Test
    void verifyReportsIntactThenTheFirstBrokenSequence() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(ws.resolve(Workspace.DATABASE_FILE), copy.resolve(Workspace.DATABASE_FILE));
        Files.copy(ws.resolve("keys.vault"), copy.resolve("keys.vault"));
        var ok = CliTestSupport.run("audit", "verify", "--workspace", copy.toString(), "--json");
        assertEquals(0, ok.exitCode(), ok.err());
        JsonNode v = ok.json();
        assertTrue(v.get("valid").asBoolean());
        assertTrue(v.get("entries").asLong() >= 5, v.toString());
        assertTrue(v.get("firstBrokenSequence").isNull());
        assertTrue(v.get("reason").isNull());
        assertEquals(0, v.get("checkpoints").asInt());
        assertEquals(0, v.get("checkpointsVerified").asInt());

        var signed = CliTestSupport.run("audit", "checkpoint", "--workspace", copy.toString(), "--password-file",
                pw.toString());
        assertEquals(0, signed.exitCode(), signed.err());
        var trusted = CliTestSupport.run("audit", "verify", "--workspace", copy.toString(), "--password-file",
                pw.toString(), "--json");
        assertEquals(0, trusted.exitCode(), trusted.err());
        assertEquals(1, trusted.json().get("checkpointsVerified").asInt());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.resolve(Workspace.DATABASE_FILE));
             Statement st = c.createStatement()) {
            st.execute("UPDATE audit_log SET user = 'mallory' WHERE sequence = 3");
        }
        var broken = CliTestSupport.run("audit", "verify", "--workspace", copy.toString(), "--json");
        assertEquals(2, broken.exitCode(), broken.err());
        assertFalse(broken.json().get("valid").asBoolean());
        assertEquals(3, broken.json().get("firstBrokenSequence").asLong());
        assertTrue(broken.json().get("reason").asText().contains("entry 3"));
    }

    @Test
    void exportWritesTheFilteredEntriesAsCsvAndIsItselfRecorded() throws Exception {
        Path out = dir.resolve("audit.csv");
        var run = CliTestSupport.run("audit", "export", "--workspace", ws.toString(), "--action", "mask-export",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("sequence,time,user,action,object,fingerprint,outcome,detail,prev_hash,entry_hash",
                lines.getFirst());
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(3).contains(",mask-export,overridden.csv,"), lines.get(3));
        var exports = CliTestSupport.run("audit", "list", "--workspace", ws.toString(), "--action", "audit-export",
                "--json");
        assertTrue(exports.json().get("entries").size() >= 1);
    }
}
