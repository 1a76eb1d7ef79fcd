package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.projection.Projection;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The step methods an interactive front end calls give what the one-call {@code segment} flow gives. */
class SegmentationServiceStepsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void samples() throws Exception {
        SampleDataGenerator.generate(new SampleDataOptions(dir, 200, 50, 6, 3L), Progress.NONE);
    }

    private static CustomerData data() {
        Table c = SegmentationService.readTable(dir.resolve("customers.csv"), RoleMapping.empty(), Progress.NONE);
        Table t = SegmentationService.readTable(dir.resolve("transactions.csv"), RoleMapping.empty(), Progress.NONE);
        return SegmentationService.customerData(c, RoleMapping.empty(), t, RoleMapping.empty(), null, null);
    }

    @Test
    void stepByStepGivesTheAssignmentsOfTheOneCallFlow() throws Exception {
        Path file = dir.resolve("one-call.csv");
        SegmentationService.segment(new SegmentationService.SegmentRequest(new SegmentationService.FeatureInput(
                dir.resolve("customers.csv"), dir.resolve("transactions.csv"), null, RoleMapping.empty(),
                FeatureOptions.defaults()), SegmentOptions.kmeans(3, 5), file, null, null), Progress.NONE);

        FeatureMatrix m = SegmentationService.features(data(), FeatureOptions.defaults(), Progress.NONE);
        ClusteringRun run = SegmentationService.cluster(m, SegmentOptions.kmeans(3, 5), null, Progress.NONE);
        Path steps = dir.resolve("steps.csv");
        SegmentationService.writeAssignments(steps, m, run);
        assertEquals(Files.readString(file), Files.readString(steps));

        ClusteringRun again = SegmentationService.cluster(m, SegmentOptions.kmeans(3, 5), run, Progress.NONE);
        assertArrayEquals(run.labels(), again.labels(), "matched to itself: the same numbers");
        assertTrue(SegmentationService.profiles(m, run).size() >= 3);
        Projection p = SegmentationService.project(m, Progress.NONE);
        assertEquals(m.rows(), p.x().length);

        Path ws = dir.resolve("ws");
        io.safesegment.core.workspace.Workspace workspace = io.safesegment.core.workspace.Workspace.open(ws);
        SegmentationService.saveRun(workspace, run);
        assertEquals(1, SegmentationService.savedRuns(workspace).size());
        ClusteringRun saved = SegmentationService.savedRun(workspace, run.id()).orElseThrow();
        assertEquals(1.0, SegmentationService.compareRuns(saved, again).ari(), 1e-12, "identical partitions");
        assertTrue(SegmentationService.savedRun(workspace, "no-such-run").isEmpty());
    }

    @Test
    void scoreKCoversTwoToTenAndKDistanceProposesEpsilon() {
        FeatureMatrix m = SegmentationService.features(data(), FeatureOptions.defaults(), Progress.NONE);
        KRange.Result r = SegmentationService.scoreK(m, 7, Progress.NONE);
        assertEquals(SegmentationService.K_TO - SegmentationService.K_FROM + 1, r.scores().size());
        assertTrue(SegmentationService.kDistance(m, 10, 7).suggestedEpsilon() > 0);
    }

    @Test
    void rfmOfAHeldTableScoresEveryBuyer() {
        Table t = SegmentationService.readTable(dir.resolve("transactions.csv"), RoleMapping.empty(), Progress.NONE);
        assertTrue(SegmentationService.rfm(t, RoleMapping.empty(), Progress.NONE).customers().size() > 0);
    }
}
