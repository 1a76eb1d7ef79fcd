package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} mid-decrypt and mid-XLSX-export (issue #13, item 4): the plaintext temporary files are owner-only,
 * not in /tmp, and the next start removes them and lists them.
 */
class CrashLeftoverTest {
    @TempDir
    Path dir;

    private Process start(Path home, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx512m",
                "-Djava.awt.headless=true", "-Dsafesegment.home=" + home, "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    /** Waits (without a deadline of its own: the child either stalls or ends) for the marker, then kills -9. */
    private void killWhenStalled(Process child, Path marker) throws Exception {
        while (!Files.exists(marker)) {
            if (child.waitFor(50, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("child ended before stalling: " + Files.readString(dir.resolve("child.log")));
            }
        }
        child.destroyForcibly(); // SIGKILL: no finally blocks, no shutdown hooks
        child.waitFor();
    }

    private static List<Path> tempFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(TempFiles.SUFFIX)).toList();
        }
    }

    private String nextStart(Path home) throws Exception {
        Process next = start(home, "io.safesegment.Main", "--version");
        assertEquals(0, next.waitFor());
        return Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);
    }

    @Test
    void aKilledDecryptLeavesOnlyAnOwnerOnlyTempFileThatTheNextStartRemoves() throws Exception {
        Path home = dir.resolve("home");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path plain = dir.resolve("plain.bin");
        byte[] bytes = new byte[24 << 20];
        new Random(7).nextBytes(bytes);
        Files.write(plain, bytes);
        Path encrypted = dir.resolve("plain.bin.enc");
        CrashMidWriteMain.encryptForChild(plain, encrypted);
        Path marker = dir.resolve("stalled");
        Process child = start(home, CrashMidWriteMain.class.getName(), "decrypt", encrypted.toString(),
                out.resolve("f.csv").toString(), marker.toString());
        killWhenStalled(child, marker);

        List<Path> left = tempFilesIn(out);
        assertEquals(1, left.size(), "the half-decrypted file is there after the kill: " + left);
        assertTrue(Files.size(left.get(0)) > 0, "it holds verified plaintext");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(left.get(0)));
        assertFalse(Files.exists(out.resolve("f.csv")), "no partial output under the real name");

        String log = nextStart(home);
        assertEquals(List.of(), tempFilesIn(out), "the next start removed it");
        assertTrue(log.contains(left.get(0).toString()), "and listed it: " + log);
    }

    @Test
    void aKilledXlsxExportLeavesNothingInTmpAndTheNextStartRemovesPoiFiles() throws Exception {
        Path home = dir.resolve("home");
        Path out = Files.createDirectories(dir.resolve("export"));
        Path marker = dir.resolve("stalled");
        Process child = start(home, CrashMidWriteMain.class.getName(), "xlsx", out.resolve("customers.xlsx").toString(),
                "100000", marker.toString());
        long pid = child.pid();
        killWhenStalled(child, marker);

        Path poi = home.resolve("tmp").resolve("poi-" + pid);
        assertTrue(Files.isDirectory(poi), "POI wrote to the private folder");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(poi));
        try (Stream<Path> sheets = Files.list(poi)) {
            assertFalse(sheets.toList().isEmpty(), "the sheet's temporary file is in it");
        }
        assertEquals(1, tempFilesIn(out).size());

        nextStart(home);
        assertFalse(Files.exists(poi), "the next start removed the dead process's POI folder");
        assertEquals(List.of(), tempFilesIn(out));
    }

    @Test
    void aRunningProcesssTempFilesAreLeftAlone() throws Exception {
        Path target = dir.resolve("live.csv");
        Path mine = TempFiles.createBeside(target);
        Path dead = dir.resolve(".live.csv.999999999-0123456789abcdef" + TempFiles.SUFFIX);
        Files.writeString(dead, "plaintext of a dead process");
        Path userFile = Files.writeString(dir.resolve("notes" + TempFiles.SUFFIX), "not ours by name");
        List<Path> removed = LeftoverCleanup.run(List.of(dir));
        assertTrue(Files.exists(mine), "this process is alive");
        assertFalse(Files.exists(dead));
        assertTrue(removed.contains(dead));
        assertTrue(Files.exists(userFile), "only names SafeSegment makes are removed");
        Files.delete(mine);
    }
}
