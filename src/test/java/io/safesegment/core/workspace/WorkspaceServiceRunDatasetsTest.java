package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run → datasets records and the atomic write the ui sections reach through {@link WorkspaceService}. */
class WorkspaceServiceRunDatasetsTest {
    @TempDir
    Path dir;

    @Test
    void recordedRunDatasetsComeBackPerRunAndDescribeByName() {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        List<RunDatasets.Used> used = List.of(new RunDatasets.Used("customers", null, "customers.csv"),
                new RunDatasets.Used("transactions", null, "transactions.csv"));
        WorkspaceService.recordRunDatasets(ws, RunDatasets.SEGMENT, "run-1", used);

        Map<String, List<RunDatasets.Used>> all = WorkspaceService.runDatasets(ws, RunDatasets.SEGMENT);
        assertEquals(List.of("run-1"), List.copyOf(all.keySet()));
        assertEquals(List.of("customers.csv", "transactions.csv"),
                all.get("run-1").stream().map(RunDatasets.Used::name).toList());
        assertEquals(Map.of(), WorkspaceService.runDatasets(ws, RunDatasets.RECOMMEND_EVALUATION));
        assertEquals(Optional.of("customers.csv + transactions.csv"), WorkspaceService.describeRunDatasets(used));
        assertEquals(Optional.empty(), WorkspaceService.describeRunDatasets(List.of()));
    }

    @Test
    void writeAtomicallyReplacesTheTargetWithTheBytes() throws Exception {
        Path target = dir.resolve("plot.png");
        Files.write(target, new byte[] {9});
        WorkspaceService.writeAtomically(target, new byte[] {1, 2, 3}, false);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }
}
