package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SegmentationService.keepRun} (the entry point for an engine that clusters itself, record 0037) leaves the
 * workspace exactly as {@code segment} with a workspace does: the same run record and the same derived datasets
 * (features and assignments, byte-identical files, same parents and lineage), ids and times aside.
 */
class SegmentationServiceKeepRunTest {
    @TempDir
    Path dir;

    @Test
    void keepRunRecordsWhatTheOneCallFlowRecords() throws Exception {
        SampleDataGenerator.generate(new SampleDataOptions(dir, 200, 50, 6, 3L), Progress.NONE);
        Path oneCall = dir.resolve("one-call");
        Path kept = dir.resolve("kept");
        for (Path ws : List.of(oneCall, kept)) { // a parent the lineage must find by fingerprint
            DatasetService.importDataset(ws, dir.resolve("customers.csv"), DatasetImportOptions.defaults(),
                    Progress.NONE);
        }
        var input = new SegmentationService.FeatureInput(dir.resolve("customers.csv"),
                dir.resolve("transactions.csv"), null, RoleMapping.empty(), FeatureOptions.defaults());
        SegmentOptions options = SegmentOptions.kmeans(3, 5);
        var result = SegmentationService.segment(new SegmentationService.SegmentRequest(input, options, null, null,
                oneCall), List.of("Low", "Mid", "High"), Progress.NONE);

        FeatureMatrix features = SegmentationService.features(input, Progress.NONE);
        ClusteringRun run = SegmentationService.cluster(features, options, null, Progress.NONE)
                .withSegmentNames(List.of("Low", "Mid", "High"));
        Dataset assignments = SegmentationService.keepRun(kept, input.files(), features, run);

        SavedRunAssertions.assertSameRun(SavedRunAssertions.savedRun(oneCall, Algorithm.KMEANS),
                SavedRunAssertions.savedRun(kept, Algorithm.KMEANS));
        assertNotEquals(result.run().id(), run.id());
        List<Dataset> expected = SavedRunAssertions.datasets(oneCall);
        List<Dataset> actual = SavedRunAssertions.datasets(kept);
        assertEquals(3, actual.size(), "the import, the features and the assignments");
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            SavedRunAssertions.assertSameDataset(oneCall, expected.get(i), kept, actual.get(i));
        }
        assertEquals(result.assignmentsDataset().name(), assignments.name());
        assertEquals(List.of(actual.get(0).id()), assignments.parents(), "the imported customers file");
    }
}
