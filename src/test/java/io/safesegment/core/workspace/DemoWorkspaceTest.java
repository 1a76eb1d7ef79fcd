package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void copiesRegistersAndMarksDemo() throws IOException {
        Path samples = SampleCsvFiles.write(dir.resolve("samples"), 40);
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        assertTrue(DemoWorkspace.isFresh(workspace));

        DemoWorkspace.Result result = DemoWorkspace.fromDirectory(samples).install(workspace);

        assertEquals(3, result.copied().size());
        assertEquals(List.of(), result.missing());
        assertEquals(DemoWorkspace.SAMPLE_FILES, workspace.datasets().stream().map(Workspace.DatasetEntry::name).toList());
        for (String name : DemoWorkspace.SAMPLE_FILES) {
            assertArrayEquals(Files.readAllBytes(samples.resolve(name)),
                    Files.readAllBytes(workspace.dataDirectory().resolve(name)), name);
        }
        assertTrue(workspace.isDemo());
        assertFalse(DemoWorkspace.isFresh(workspace));
    }

    @Test
    void secondInstallChangesNothing() throws IOException {
        Path samples = SampleCsvFiles.write(dir.resolve("samples"), 10);
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        DemoWorkspace demo = DemoWorkspace.fromDirectory(samples);
        demo.install(workspace);
        List<Workspace.DatasetEntry> before = workspace.datasets();

        DemoWorkspace.Result again = demo.install(workspace);

        assertEquals(List.of(), again.copied());
        assertEquals(3, again.kept().size());
        assertEquals(before.stream().map(Workspace.DatasetEntry::name).toList(),
                workspace.datasets().stream().map(Workspace.DatasetEntry::name).toList());
    }

    @Test
    void neverOverwritesAUserFile() throws IOException {
        Path samples = SampleCsvFiles.write(dir.resolve("samples"), 10);
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        Path mine = workspace.dataDirectory().resolve("customers.csv");
        Files.writeString(mine, "id,my,own\n1,2,3\n");

        DemoWorkspace.Result result = DemoWorkspace.fromDirectory(samples).install(workspace);

        assertEquals("id,my,own\n1,2,3\n", Files.readString(mine));
        assertEquals(List.of(mine), result.kept());
        assertEquals(2, result.copied().size());
    }

    @Test
    void missingSamplesAreReportedAndSkipped() throws IOException {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Files.writeString(samples.resolve("products.csv"), "product_id,name\nP1,Tea\n");
        Workspace workspace = Workspace.open(dir.resolve("ws"));

        DemoWorkspace.Result result = DemoWorkspace.fromDirectory(samples).install(workspace);

        assertEquals(List.of("customers.csv", "transactions.csv"), result.missing());
        assertEquals(List.of("products.csv"), workspace.datasets().stream().map(Workspace.DatasetEntry::name).toList());
    }

    @Test
    void bundledFallsBackToTheSamplesProperty() throws IOException {
        Path samples = SampleCsvFiles.write(dir.resolve("samples"), 5);
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        String old = System.getProperty(DemoWorkspace.SAMPLES_PROPERTY);
        System.setProperty(DemoWorkspace.SAMPLES_PROPERTY, samples.toString());
        try {
            DemoWorkspace.Result result = DemoWorkspace.bundled().install(workspace);
            assertEquals(List.of(), result.missing());
            for (String name : DemoWorkspace.SAMPLE_FILES) {
                assertTrue(Files.size(workspace.dataDirectory().resolve(name)) > 0, name);
            }
        } finally {
            if (old == null) {
                System.clearProperty(DemoWorkspace.SAMPLES_PROPERTY);
            } else {
                System.setProperty(DemoWorkspace.SAMPLES_PROPERTY, old);
            }
        }
    }
}
