package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The governance commands end to end: approvals gate a masked export, the release report is signed with it and
 * verified, a subject is found and erased, retention is set and checked, the workspace is backed up and restored.
 */
class GovernanceCommandsTest {
    @TempDir
    Path dir;

    @Test
    void approveExportReportSubjectRetentionAndBackup() throws Exception {
        Path ws = dir.resolve("ws");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "governance test vault password\n");
        Path csv = Files.writeString(dir.resolve("customers.csv"), "customer_id,email,city\n"
                + "C1,wang.fang@example.com,Xi'an\nC2,li.na@example.org,Beijing\nC3,ana@example.net,Lisbon\n",
                StandardCharsets.UTF_8);
        Path policy = Files.writeString(dir.resolve("policy.json"), "{\"formatVersion\":1,\"id\":\"cust\","
                + "\"revision\":1,\"name\":\"p\",\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"customer_id\":"
                + "\"DIRECT_IDENTIFIER\",\"email\":\"DIRECT_IDENTIFIER\",\"city\":\"QUASI_IDENTIFIER\"},\"rules\":["
                + "{\"column\":\"customer_id\",\"operator\":\"redact\",\"params\":{}},"
                + "{\"column\":\"email\",\"operator\":\"redact\",\"params\":{}}]}", StandardCharsets.UTF_8);
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Path masked = exports.resolve("masked.csv");
        String w = ws.toString();
        assertEquals(0, CliTestSupport.run("import", csv.toString(), "--workspace", w).exitCode());
        assertEquals(0, CliTestSupport.run("keys", "create", "--workspace", w, "--password-file", pw.toString(),
                "--name", "signing", "--purpose", "SIGNING_ED25519").exitCode());

        var analystSwitch = CliTestSupport.run("approvals", "require", "on", "--workspace", w, "--role", "analyst");
        assertEquals(1, analystSwitch.exitCode());
        assertEquals(0, CliTestSupport.run("approvals", "require", "on", "--workspace", w, "--role", "officer")
                .exitCode());
        String[] mask = {"mask", "--policy", policy.toString(), "--dataset", "customers.csv", "--out",
            masked.toString(), "--workspace", w, "--password-file", pw.toString()};
        var refused = CliTestSupport.run(mask);
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("'cust' revision 1 has no approval"), refused.err());
        assertFalse(Files.exists(masked));

        var requested = CliTestSupport.run("approvals", "request", "--workspace", w, "--policy", "cust",
                "--revision", "1", "--k", "1", "--prosecutor", "1.0", "--note", "test partner", "--user", "andy",
                "--json");
        assertEquals(0, requested.exitCode(), requested.err());
        String id = requested.json().get("id").asText();
        assertEquals("PENDING", requested.json().get("status").asText());
        assertEquals(1, CliTestSupport.run("approvals", "approve", id, "--workspace", w, "--user", "andy")
                .exitCode());
        var approved = CliTestSupport.run("approvals", "approve", id, "--workspace", w, "--user", "olga", "--role",
                "officer", "--json");
        assertEquals(0, approved.exitCode(), approved.err());
        assertEquals("olga", approved.json().get("decidedBy").asText());
        var pending = CliTestSupport.run("approvals", "list", "--workspace", w, "--status", "pending", "--json");
        assertEquals(0, pending.json().get("approvals").size());
        assertTrue(pending.json().get("required").asBoolean());

        assertEquals(0, CliTestSupport.run(mask).exitCode());
        Path pdf = exports.resolve("masked-report.pdf");
        var report = CliTestSupport.run("report", "--workspace", w, "--export", "masked.csv", "--out",
                pdf.toString(), "--sign", "--password-file", pw.toString(), "--role", "officer", "--json");
        assertEquals(0, report.exitCode(), report.err());
        assertEquals("pdf", report.json().get("format").asText());
        assertEquals(id, report.json().get("approvalId").asText());
        Path manifest = Path.of(report.json().get("manifest").asText());
        var verified = CliTestSupport.run("verify", manifest.toString(), "--workspace", w, "--password-file",
                pw.toString(), "--json");
        assertEquals(0, verified.exitCode(), verified.out() + verified.err());
        assertEquals(id, verified.json().get("approvalId").asText());
        assertEquals("masked-report.pdf", verified.json().get("report").asText());
        var html = CliTestSupport.run("report", "--workspace", w, "--manifest", manifest.toString(), "--format",
                "html", "--out", dir.resolve("r.html").toString());
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(Files.readString(dir.resolve("r.html")).contains("Approver"));

        var found = CliTestSupport.run("subject", "find", "--workspace", w, "--email", "WANG.FANG@example.com",
                "--role", "officer", "--json");
        assertEquals(0, found.exitCode(), found.err());
        String request = found.json().get("request").get("id").asText();
        assertEquals(1, found.json().get("matches").size());
        var erased = CliTestSupport.run("subject", "erase", "--workspace", w, "--email", "wang.fang@example.com",
                "--request", request, "--role", "officer", "--json");
        assertEquals(0, erased.exitCode(), erased.err());
        assertEquals(1, erased.json().get("rowsRemoved").asInt());
        assertEquals("masked.csv", Path.of(erased.json().get("pastExports").get(0).get("file").asText())
                .getFileName().toString());
        JsonNode requests = CliTestSupport.run("subject", "list", "--workspace", w, "--json").json().get("requests");
        assertEquals("completed", requests.get(0).get("status").asText());
        assertFalse(requests.get(0).get("overdue").asBoolean());

        assertEquals(0, CliTestSupport.run("retention", "set", "--workspace", w, "--dataset", "customers.csv",
                "--days", "365", "--role", "admin").exitCode());
        var check = CliTestSupport.run("retention", "check", "--workspace", w, "--json");
        assertEquals(0, check.json().get("exceeded").asInt());
        assertEquals(365, check.json().get("datasets").get(0).get("days").asInt());

        Path pia = dir.resolve("pia.md");
        assertEquals(0, CliTestSupport.run("pia", "--workspace", w, "--out", pia.toString()).exitCode());
        assertTrue(Files.readString(pia).contains("test partner"));

        Path backup = dir.resolve("ws.ssbackup");
        assertEquals(1, CliTestSupport.run("backup", "create", "--workspace", w, "--out", backup.toString(),
                "--password-file", pw.toString(), "--role", "officer").exitCode());
        var made = CliTestSupport.run("backup", "create", "--workspace", w, "--out", backup.toString(),
                "--password-file", pw.toString(), "--role", "admin", "--json");
        assertEquals(0, made.exitCode(), made.err());
        var restored = CliTestSupport.run("backup", "restore", "--workspace", w, "--in", backup.toString(),
                "--password-file", pw.toString(), "--role", "admin", "--json");
        assertEquals(0, restored.exitCode(), restored.err());
        assertEquals(made.json().get("files").asInt(), restored.json().get("files").asInt());
        var audit = CliTestSupport.run("audit", "verify", "--workspace", w, "--json");
        assertEquals(0, audit.exitCode(), audit.out());
        String actions = CliTestSupport.run("audit", "list", "--workspace", w, "--json").out();
        for (String action : new String[] {"\"approval\"", "\"permission-denied\"", "\"export\"",
            "\"subject-request\"", "\"retention\"", "\"backup\"", "\"restore\""}) {
            assertTrue(actions.contains(action), action);
        }
        assertFalse(actions.contains("wang.fang"), "the searched e-mail is never audited");
    }
}
