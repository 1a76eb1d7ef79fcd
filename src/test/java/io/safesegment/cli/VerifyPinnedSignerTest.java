package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} needs a pinned signer (issue #13, item 5): a tampered export re-signed with another workspace's key
 * used to verify "OK: all files match" because the manifest's own embedded key was trusted.
 */
class VerifyPinnedSignerTest {
    @TempDir
    Path dir;

    Path ours;
    Path theirs;
    Path pw;
    Path export;
    Path data;
    Path manifest;

    @BeforeEach
    void signAnExport() throws Exception {
        ours = dir.resolve("ours");
        theirs = dir.resolve("theirs");
        pw = Files.writeString(dir.resolve("pw.txt"), "pw\n");
        for (Path ws : new Path[] {ours, theirs}) {
            CliRun key = CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(),
                    "--name", "signing", "--purpose", "SIGNING_ED25519");
            assertEquals(0, key.exit(), key.err());
        }
        export = Files.createDirectories(dir.resolve("export"));
        data = Files.writeString(export.resolve("客户.csv"), "id,segment\n1,高价值\n");
        manifest = export.resolve("manifest.json");
        sign(ours);
    }

    private void sign(Path ws) {
        CliRun sign = CliRun.of("sign", data.toString(), "--out", manifest.toString(), "--policy", "p1", "--creator",
                "analyst", "--workspace", ws.toString(), "--password-file", pw.toString());
        assertEquals(0, sign.exit(), sign.err());
    }

    @Test
    void withoutAPinnedSignerVerifyRefusesAndSaysWhy() {
        CliRun run = CliRun.of("verify", manifest.toString());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("--trusted-key") && run.err().contains("--workspace"), run.err());
        assertFalse(run.out().contains("OK"), run.out());
    }

    @Test
    void theWorkspacesOwnKeyAndAnExportedPublicKeyBothPinTheSigner() throws Exception {
        CliRun ws = CliRun.of("verify", manifest.toString(), "--workspace", ours.toString(), "--password-file",
                pw.toString(), "--json");
        assertEquals(0, ws.exit(), ws.err() + ws.out());
        Path pub = dir.resolve("ours.pub");
        CliRun exported = CliRun.of("keys", "export-public", "--workspace", ours.toString(), "--password-file",
                pw.toString(), "--out", pub.toString(), "--json");
        assertEquals(0, exported.exit(), exported.err());
        assertEquals("signing", Json.mapper().readTree(exported.out()).path("key").asText());
        CliRun file = CliRun.of("verify", manifest.toString(), "--trusted-key", pub.toString());
        assertEquals(0, file.exit(), file.err() + file.out());
        assertTrue(file.out().contains("OK: all files match"), file.out());
    }

    @Test
    void aTamperedExportReSignedWithAnotherWorkspacesKeyFails() throws Exception {
        Files.writeString(data, "id,segment\n1,低价值\n");
        sign(theirs); // the attacker re-signs with a key of their own
        CliRun run = CliRun.of("verify", manifest.toString(), "--workspace", ours.toString(), "--password-file",
                pw.toString(), "--json");
        assertEquals(VerifyCommand.MISMATCH, run.exit(), run.out());
        JsonNode report = Json.mapper().readTree(run.out());
        assertTrue(report.path("signatureValid").asBoolean(), "the signature itself is fine");
        assertFalse(report.path("trustedKey").asBoolean());
        assertFalse(report.path("valid").asBoolean());
        Path pub = dir.resolve("ours.pub");
        assertEquals(0, CliRun.of("keys", "export-public", "--workspace", ours.toString(), "--password-file",
                pw.toString(), "--out", pub.toString()).exit());
        CliRun text = CliRun.of("verify", manifest.toString(), "--trusted-key", pub.toString());
        assertEquals(VerifyCommand.MISMATCH, text.exit());
        assertTrue(text.out().contains("NOT the trusted key"), text.out());
        assertFalse(text.out().contains("OK: all files match"), text.out());
    }

    @Test
    void stringsFromTheManifestAreEscapedBeforePrinting() throws Exception {
        String json = Files.readString(manifest);
        // an edited manifest: the signature fails, but the creator field is still printed
        Files.writeString(manifest, json.replace("\"analyst\"", "\"\\u001b]0;owned\\u0007" + "x".repeat(5000) + "\""));
        CliRun run = CliRun.of("verify", manifest.toString(), "--workspace", ours.toString(), "--password-file",
                pw.toString());
        assertEquals(VerifyCommand.MISMATCH, run.exit());
        assertFalse(run.out().contains("\u001b") || run.out().contains("\u0007"), "no raw control characters");
        assertTrue(run.out().contains("\\u001b"), run.out());
        assertTrue(run.out().length() < 2000, "capped, not 5,000 characters: " + run.out().length());
    }
}
