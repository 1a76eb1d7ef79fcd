package io.safesegment.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.workspace.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes append to one workspace's trail at once (the database is shared, record 0007): every entry
 * survives, the sequence has no gap or fork, and the chain verifies.
 */
class ConcurrentAuditAppendTest {
    private static final int PROCESSES = 3;
    private static final int PER_PROCESS = 15;

    @TempDir
    Path dir;

    @Test
    void concurrentAppendsFromSeveralProcessesKeepOneValidChain() throws Exception {
        Path wsDir = dir.resolve("ws");
        Workspace ws = Workspace.open(wsDir); // created once, so the children race on appends, not on creation
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-Dsafesegment.home=" + dir.resolve("home"),
                    "-cp", System.getProperty("java.class.path"), AuditAppendMain.class.getName(), wsDir.toString(),
                    Integer.toString(PER_PROCESS), "user" + p)
                    .redirectOutput(dir.resolve("out-" + p).toFile()).redirectError(dir.resolve("err-" + p).toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            children.add(pb.start());
        }
        for (int p = 0; p < PROCESSES; p++) {
            Process child = children.get(p);
            assertTrue(child.waitFor(300, TimeUnit.SECONDS), "child " + p + " did not finish");
            assertEquals(0, child.exitValue(), Files.readString(dir.resolve("err-" + p)));
        }
        List<AuditEntry> entries = AuditService.list(ws, AuditFilter.ALL);
        assertEquals(PROCESSES * PER_PROCESS, entries.size());
        Set<String> objects = new TreeSet<>();
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).sequence());
            objects.add(entries.get(i).object());
        }
        assertEquals(PROCESSES * PER_PROCESS, objects.size(), "no entry lost or written twice");
        AuditVerification v = AuditService.verify(ws, List.of());
        assertTrue(v.valid(), v.reason());
        assertEquals(PROCESSES * PER_PROCESS, v.entries());
    }
}
