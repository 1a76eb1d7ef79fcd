package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key name in an encrypted file's header is attacker-controlled: it used to be printed raw (terminal escape
 * injection) and a bad length field echoed 118 KB of binary (issue #13, item 5).
 */
class HostileEncryptedHeaderTest {
    @TempDir
    Path dir;

    private Path file(byte[] nameBytes, int declaredLength) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write("SSENC".getBytes(StandardCharsets.US_ASCII));
        out.writeByte(1); // format
        out.writeByte(1); // vault-key mode
        out.writeInt(64 * 1024);
        out.write(new byte[8]);
        out.writeShort(declaredLength);
        out.write(nameBytes);
        out.writeInt(1);
        out.write(new byte[32]);
        out.write(new byte[100]);
        return Files.write(dir.resolve("hostile-" + declaredLength + ".enc"), bytes.toByteArray());
    }

    private CliRun decrypt(Path in) throws IOException {
        Path ws = dir.resolve("ws");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "pw\n");
        CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(), "--name", "k",
                "--purpose", "FILE");
        return CliRun.of("decrypt", "--in", in.toString(), "--out", dir.resolve("out.csv").toString(),
                "--workspace", ws.toString(), "--password-file", pw.toString());
    }

    @Test
    void anEscapeSequenceInTheKeyNameIsNeverPrintedRaw() throws IOException {
        byte[] name = "k\u001b[2J\u001b]0;pwned\u0007".getBytes(StandardCharsets.UTF_8);
        CliRun run = decrypt(file(name, name.length));
        assertNotEquals(0, run.exit());
        assertFalse(run.err().contains("\u001b") || run.err().contains("\u0007"), run.err());
        assertTrue(run.err().contains("corrupted header"), run.err());
        assertFalse(Files.exists(dir.resolve("out.csv")));
    }

    @Test
    void aHugeLengthFieldIsRefusedWithoutEchoingTheBytes() throws IOException {
        byte[] garbage = new byte[65_535];
        new Random(3).nextBytes(garbage);
        CliRun run = decrypt(file(garbage, 65_535));
        assertNotEquals(0, run.exit());
        assertTrue(run.err().length() < 1_000, "a short message, not the binary: " + run.err().length());
        assertTrue(run.err().contains("65535 bytes long"), run.err());
    }
}
