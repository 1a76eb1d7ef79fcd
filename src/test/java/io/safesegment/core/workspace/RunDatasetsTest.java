package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDatasetsTest {
    @Test
    void recordsWhichDatasetsARunReadPerRunKind(@TempDir Path tmp) {
        Workspace ws = Workspace.open(tmp);
        RunDatasets links = new RunDatasets(ws);
        List<RunDatasets.Used> used = List.of(new RunDatasets.Used("customers", 4L, "客户-masked.csv"),
                new RunDatasets.Used("transactions", null, "transactions.csv"));
        links.record(RunDatasets.SEGMENT, "run-1", used);
        links.record(RunDatasets.RECOMMEND_EVALUATION, "run-1", List.of(new RunDatasets.Used("ratings", 9L, "r")));

        RunDatasets reopened = new RunDatasets(Workspace.open(tmp));
        assertEquals(used, reopened.of(RunDatasets.SEGMENT, "run-1"));
        assertEquals(List.of(new RunDatasets.Used("ratings", 9L, "r")),
                reopened.of(RunDatasets.RECOMMEND_EVALUATION, "run-1"));
        assertEquals(List.of(), reopened.of(RunDatasets.SEGMENT, "other"));
        assertEquals(Optional.of("客户-masked.csv + transactions.csv"), RunDatasets.describe(used));
        assertEquals(Optional.empty(), RunDatasets.describe(List.of()));
    }
}
