package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceServiceTest {
    @TempDir
    Path dir;

    @Test
    void summaryOfANewWorkspaceIsEmptyAndNotDemo() {
        WorkspaceService.Summary s = WorkspaceService.summary(dir.resolve("ws"));
        assertEquals(dir.resolve("ws").toAbsolutePath().normalize(), s.directory().toAbsolutePath().normalize());
        assertTrue(Files.exists(s.database()));
        assertFalse(s.demo());
        assertTrue(s.datasets().isEmpty());
    }

    @Test
    void requireNotSameFileRefusesTheSamePathInAnotherSpelling() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "a\n1\n");
        IOException e = assertThrows(IOException.class,
                () -> WorkspaceService.requireNotSameFile(in, dir.resolve("sub/../in.csv")));
        assertTrue(e.getMessage().contains("Refusing to overwrite"), e.getMessage());
        assertDoesNotThrow(() -> WorkspaceService.requireNotSameFile(in, dir.resolve("out.csv")));
    }

    @Test
    void installsTheDemoIntoAFreshWorkspaceOnly() throws Exception {
        Path samples = SampleCsvFiles.write(dir.resolve("samples"), 20);
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        assertTrue(WorkspaceService.isFresh(workspace));
        DemoWorkspace.Result result = WorkspaceService.installDemo(DemoWorkspace.fromDirectory(samples), workspace);
        assertEquals(DemoWorkspace.SAMPLE_FILES.size(), result.copied().size());
        assertTrue(workspace.isDemo());
        assertFalse(WorkspaceService.isFresh(workspace));
    }
}
