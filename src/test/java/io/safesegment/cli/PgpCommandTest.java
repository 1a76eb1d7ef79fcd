package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgpCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportInspectEncryptDecryptThroughTheCli() throws IOException {
        Path ws = dir.resolve("ws");
        Path pw = Files.writeString(dir.resolve("pw"), "secret");
        CliRun created = CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(),
                "--name", "pgp", "--purpose", "OPENPGP", "--json");
        assertEquals(0, created.exit(), created.err());
        String fingerprint = Json.mapper().readTree(created.out()).path("key").path("fingerprint").asText();

        Path asc = dir.resolve("workspace.asc");
        CliRun export = CliRun.of("pgp", "export-public", "--workspace", ws.toString(), "--password-file",
                pw.toString(), "--out", asc.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(Files.readString(asc).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));

        CliRun inspect = CliRun.of("pgp", "inspect", asc.toString(), "--json");
        assertEquals(0, inspect.exit(), inspect.err());
        JsonNode info = Json.mapper().readTree(inspect.out());
        assertEquals(fingerprint, info.path("fingerprint").asText());
        assertTrue(info.path("userIds").get(0).asText().contains("pgp@safesegment.invalid"));

        byte[] bytes = new byte[200_000];
        new Random(5).nextBytes(bytes);
        Path data = Files.write(dir.resolve("data.bin"), bytes);
        Path enc = dir.resolve("data.bin.pgp");
        CliRun encrypt = CliRun.of("pgp", "encrypt", "--recipient", asc.toString(), "--in", data.toString(),
                "--out", enc.toString());
        assertEquals(0, encrypt.exit(), encrypt.err());
        Path out = dir.resolve("data.out");
        CliRun decrypt = CliRun.of("pgp", "decrypt", "--in", enc.toString(), "--out", out.toString(),
                "--workspace", ws.toString(), "--password-file", pw.toString(), "--json");
        assertEquals(0, decrypt.exit(), decrypt.err());
        assertArrayEquals(bytes, Files.readAllBytes(out));
    }

    @Test
    void notAKeyFileIsAClearError() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.asc"), "hello");
        CliRun run = CliRun.of("pgp", "inspect", junk.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("junk.asc"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
