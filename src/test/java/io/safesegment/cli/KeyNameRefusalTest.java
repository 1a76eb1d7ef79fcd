package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys create --name ../../evil} is refused before anything is created (issue #13, item 7). */
class KeyNameRefusalTest {
    @TempDir
    Path dir;

    @Test
    void aPathLikeKeyNameLeavesNoVaultAndNoWorkspaceBehind() throws Exception {
        Path ws = dir.resolve("fresh-ws");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "pw\n");
        CliRun run = CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(),
                "--name", "../../evil", "--purpose", "FILE");
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("invalid"), run.err());
        assertFalse(Files.exists(ws), "no workspace folder, vault or lock file was created");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the password file");
        }
    }

    @Test
    void anExistingVaultIsLeftByteForByteAlone() throws Exception {
        Path ws = dir.resolve("ws");
        Path pw = Files.writeString(dir.resolve("pw.txt"), "pw\n");
        CliRun ok = CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(),
                "--name", "good", "--purpose", "FILE");
        assertEquals(0, ok.exit(), ok.err());
        byte[] before = Files.readAllBytes(ws.resolve("keys.vault"));
        CliRun bad = CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", pw.toString(),
                "--name", "bad\u001b]0;owned\u0007", "--purpose", "FILE");
        assertNotEquals(0, bad.exit());
        assertFalse(bad.err().contains("\u001b"), "the echoed name is escaped: " + bad.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ws.resolve("keys.vault"))));
    }
}
