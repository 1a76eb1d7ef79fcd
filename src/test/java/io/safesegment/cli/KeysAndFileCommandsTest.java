package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysAndFileCommandsTest {
    @TempDir
    Path dir;

    Path ws;
    Path pw;
    Path wrongPw;
    Path data;

    @BeforeEach
    void setUp() throws IOException {
        ws = dir.resolve("ws");
        pw = Files.writeString(dir.resolve("pw.txt"), "vault password\n");
        wrongPw = Files.writeString(dir.resolve("wrong.txt"), "not it\n");
        byte[] bytes = new byte[3_000_000];
        new Random(1).nextBytes(bytes);
        data = Files.write(dir.resolve("data.csv"), bytes);
    }

    @AfterEach
    void restoreEnvironment() {
        PasswordOption.environment = System.getenv();
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertEquals(0, run.exit(), run.err());
        return Json.mapper().readTree(run.out());
    }

    @Test
    void createListRotateWithJson() throws IOException {
        JsonNode created = json(CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file",
                pw.toString(), "--name", "files", "--purpose", "FILE", "--json"));
        assertEquals("files", created.path("key").path("name").asText());
        assertTrue(Files.exists(ws.resolve("keys.vault")));
        json(CliRun.of("keys", "rotate", "--workspace", ws.toString(), "--password-file", pw.toString(),
                "--name", "files", "--json"));
        JsonNode list = json(CliRun.of("keys", "list", "--workspace", ws.toString(), "--password-file",
                pw.toString(), "--json"));
        assertEquals(2, list.path("keys").size());
        assertTrue(list.path("keys").get(0).path("retired").asBoolean());
        assertEquals(2, list.path("keys").get(1).path("version").asInt());
        assertFalse(list.toString().contains("material"));
    }

    @Test
    void wrongPasswordIsOneClearLine() {
        CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(), "--name", "k",
                "--purpose", "FILE");
        CliRun run = CliRun.of("keys", "list", "--workspace", ws.toString(), "--password-file", wrongPw.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("wrong password for the key vault"), run.err());
        assertEquals(1, run.err().strip().lines().count());
        assertFalse(run.err().contains("not it"));
    }

    @Test
    void passwordComesFromEnvironmentButNeverFromAnArgument() throws IOException {
        PasswordOption.environment = Map.of(PasswordOption.ENV, "from env");
        json(CliRun.of("keys", "create", "--workspace", ws.toString(), "--name", "k", "--purpose", "FF1", "--json"));
        json(CliRun.of("keys", "list", "--workspace", ws.toString(), "--json"));
        CliRun withArg = CliRun.of("keys", "list", "--workspace", ws.toString(), "--password", "x");
        assertEquals(2, withArg.exit(), withArg.err());
        PasswordOption.environment = Map.of();
        CliRun none = CliRun.of("keys", "list", "--workspace", ws.toString());
        assertTrue(none.err().contains("--password-file FILE or set SAFESEGMENT_PASSWORD"), none.err());
    }

    @Test
    void vaultKeyEncryptionRoundTripsAndSurvivesRotation() throws IOException {
        CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(), "--name",
                "files", "--purpose", "FILE");
        Path enc = dir.resolve("data.enc");
        JsonNode e = json(CliRun.of("encrypt", "--in", data.toString(), "--out", enc.toString(), "--workspace",
                ws.toString(), "--key", "files", "--password-file", pw.toString(), "--json"));
        assertEquals(3, e.path("chunks").asInt());
        CliRun.of("keys", "rotate", "--workspace", ws.toString(), "--password-file", pw.toString(), "--name", "files");
        Path back = dir.resolve("back.csv");
        json(CliRun.of("decrypt", "--in", enc.toString(), "--out", back.toString(), "--workspace", ws.toString(),
                "--password-file", pw.toString(), "--json"));
        assertArrayEquals(Files.readAllBytes(data), Files.readAllBytes(back));
    }

    @Test
    void passwordOnlyModeNeedsNoVault() throws IOException {
        Path enc = dir.resolve("one-off.enc");
        json(CliRun.of("encrypt", "--in", data.toString(), "--out", enc.toString(), "--password-file", pw.toString(),
                "--json"));
        assertFalse(Files.exists(ws));
        Path back = dir.resolve("back.csv");
        CliRun wrong = CliRun.of("decrypt", "--in", enc.toString(), "--out", back.toString(), "--password-file",
                wrongPw.toString());
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("wrong password for one-off.enc"), wrong.err());
        assertFalse(Files.exists(back));
        json(CliRun.of("decrypt", "--in", enc.toString(), "--out", back.toString(), "--password-file",
                pw.toString(), "--json"));
        assertArrayEquals(Files.readAllBytes(data), Files.readAllBytes(back));
    }

    @Test
    void corruptedFileFailsWithoutOutput() throws IOException {
        Path enc = dir.resolve("data.enc");
        CliRun.of("encrypt", "--in", data.toString(), "--out", enc.toString(), "--password-file", pw.toString());
        byte[] b = Files.readAllBytes(enc);
        b[b.length / 2] ^= 4;
        Files.write(enc, b);
        Path back = dir.resolve("back.csv");
        CliRun run = CliRun.of("decrypt", "--in", enc.toString(), "--out", back.toString(), "--password-file",
                pw.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("failed authentication at chunk 2 of 3"), run.err());
        assertFalse(Files.exists(back));
    }

    @Test
    void wrongPurposeKeyIsRefused() {
        CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(), "--name", "ids",
                "--purpose", "DETERMINISTIC_AEAD");
        CliRun run = CliRun.of("encrypt", "--in", data.toString(), "--out", dir.resolve("x").toString(),
                "--workspace", ws.toString(), "--key", "ids", "--password-file", pw.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("a FILE key is needed"), run.err());
    }
}
