package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignVerifyCommandsTest {
    @TempDir
    Path dir;

    @Test
    void verifyReportsTheChangedFileAndExitsNonZero() throws IOException {
        Path ws = dir.resolve("ws");
        Path pw = Files.writeString(dir.resolve("pw"), "secret");
        assertEquals(0, CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(),
                "--name", "signing", "--purpose", "SIGNING_ED25519").exit());
        Path export = Files.createDirectories(dir.resolve("export"));
        Path a = Files.writeString(export.resolve("a.csv"), "1,2,3\n");
        Path b = Files.writeString(export.resolve("b.csv"), "4,5,6\n");
        Path manifest = export.resolve("manifest.json");
        CliRun sign = CliRun.of("sign", a.toString(), b.toString(), "--out", manifest.toString(), "--policy", "p1",
                "--creator", "tester", "--workspace", ws.toString(), "--password-file", pw.toString(), "--json");
        assertEquals(0, sign.exit(), sign.err());

        CliRun ok = CliRun.of("verify", manifest.toString(), "--workspace", ws.toString(), "--password-file", pw.toString(), "--json");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(Json.mapper().readTree(ok.out()).path("valid").asBoolean());

        Files.writeString(b, "4,5,7\n");
        CliRun bad = CliRun.of("verify", manifest.toString(), "--workspace", ws.toString(), "--password-file", pw.toString(), "--json");
        assertEquals(VerifyCommand.MISMATCH, bad.exit());
        JsonNode report = Json.mapper().readTree(bad.out());
        assertEquals("OK", report.path("files").get(0).path("status").asText());
        assertEquals("b.csv", report.path("files").get(1).path("name").asText());
        assertEquals("CONTENT_DIFFERS", report.path("files").get(1).path("status").asText());

        CliRun text = CliRun.of("verify", manifest.toString(), "--workspace", ws.toString(), "--password-file",
                pw.toString());
        assertEquals(VerifyCommand.MISMATCH, text.exit());
        assertTrue(text.out().contains("b.csv has the right size but different content"), text.out());
    }
}
