package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares what two saves of a segmentation run left in their workspaces (a desktop run and another path to the
 * same run, e.g. the Spark engine): the run record and the derived datasets, ignoring only what is new for every
 * run (its id, creation time and duration). Shared by the desktop test of {@code SegmentationService.keepRun} and
 * the Spark engine's test.
 */
public final class SavedRunAssertions {
    private SavedRunAssertions() {
    }

    /** The one saved run of {@code algorithm} in the workspace at {@code ws}. */
    public static ClusteringRun savedRun(Path ws, Algorithm algorithm) {
        Workspace workspace = Workspace.open(ws);
        List<SegmentRunStore.Summary> runs = SegmentationService.savedRuns(workspace).stream()
                .filter(r -> r.algorithm() == algorithm).toList();
        assertEquals(1, runs.size(), "saved " + algorithm + " runs in " + ws);
        return SegmentationService.savedRun(workspace, runs.get(0).id()).orElseThrow();
    }

    /** Equal runs but for id, creation time and duration. */
    public static void assertSameRun(ClusteringRun expected, ClusteringRun actual) {
        assertEquals(expected.algorithm(), actual.algorithm());
        assertEquals(expected.parameters(), actual.parameters());
        assertEquals(expected.seed(), actual.seed());
        assertEquals(expected.featureNames(), actual.featureNames());
        assertEquals(expected.datasetFingerprint(), actual.datasetFingerprint(), "features clustered");
        assertEquals(expected.rowFingerprint(), actual.rowFingerprint(), "customers in row order");
        assertArrayEquals(expected.labels(), actual.labels(), "assignments");
        assertArrayEquals(expected.sizes(), actual.sizes(), "segment sizes");
        assertEquals(expected.noise(), actual.noise());
        assertEquals(expected.centroids().length, actual.centroids().length);
        for (int i = 0; i < expected.centroids().length; i++) {
            assertArrayEquals(expected.centroids()[i], actual.centroids()[i], "centroid " + i);
        }
        assertEquals(expected.segmentNames(), actual.segmentNames());
        assertEquals(expected.silhouette(), actual.silhouette());
    }

    /** The datasets of the workspace at {@code ws}, in the order they were registered. */
    public static List<Dataset> datasets(Path ws) {
        return new DatasetCatalog(Workspace.open(ws)).list().stream()
                .sorted(java.util.Comparator.comparingLong(Dataset::id)).toList();
    }

    /**
     * The same dataset in two workspaces: name (a features dataset's run-id suffix aside), kind, schema, roles, row
     * count, parents (by name), lineage (run ids aside) and byte-identical files.
     */
    public static void assertSameDataset(Path expectedWs, Dataset expected, Path actualWs, Dataset actual)
            throws IOException {
        assertEquals(withoutRunId(expected.name()), withoutRunId(actual.name()));
        String what = actual.name();
        assertEquals(expected.kind(), actual.kind(), what);
        assertEquals(expected.columns(), actual.columns(), what);
        assertEquals(expected.roles(), actual.roles(), what);
        assertEquals(expected.rows(), actual.rows(), what);
        assertEquals(parentNames(expectedWs, expected), parentNames(actualWs, actual), what + " parents");
        assertEquals(steps(expected), steps(actual), what + " lineage");
        assertArrayEquals(Files.readAllBytes(expected.file()), Files.readAllBytes(actual.file()), what + " file");
        assertEquals(expected.fingerprint(), actual.fingerprint(), what);
    }

    /** A features dataset is named after its run ("features 1a2b3c4d"); the id is new for every run. */
    public static String withoutRunId(String name) {
        return name.startsWith("features ") ? "features" : name;
    }

    private static List<String> parentNames(Path ws, Dataset d) {
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(ws));
        return d.parents().stream().map(id -> catalog.byId(id).orElseThrow().name()).sorted().toList();
    }

    private static List<LineageStep> steps(Dataset d) {
        List<LineageStep> out = new ArrayList<>();
        for (LineageStep s : d.steps()) {
            Map<String, Object> p = new LinkedHashMap<>(s.parameters());
            p.remove("runId");
            out.add(new LineageStep(s.kind(), p));
        }
        return out;
    }
}
