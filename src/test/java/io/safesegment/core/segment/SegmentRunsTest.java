package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.cluster.Blobs;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureReport;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentRunsTest {

    /** A feature matrix over four 2-D blobs, ids c0..c399. */
    static FeatureMatrix blobFeatures(long seed) {
        Blobs b = Blobs.four(seed);
        double[][] cols = new double[2][b.points.n()];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < b.points.n(); i++) {
            cols[0][i] = b.points.data()[2 * i];
            cols[1][i] = b.points.data()[2 * i + 1];
            ids.add("c" + i);
        }
        String[] band = new String[b.points.n()];
        for (int i = 0; i < band.length; i++) {
            band[i] = i % 2 == 0 ? "even" : "odd";
        }
        return new FeatureMatrix(ids, List.of("x", "y"), cols, cols, Map.of("parity", band),
                Map.of("x", cols[0]), LocalDate.of(2025, 12, 31), new FeatureReport(400, 0, Map.of(), 0, 0, 0));
    }

    @Test
    void everyAlgorithmProducesAConsistentRun() {
        FeatureMatrix f = blobFeatures(1);
        for (Algorithm a : List.of(Algorithm.KMEANS, Algorithm.DBSCAN, Algorithm.HIERARCHICAL, Algorithm.GMM)) {
            SegmentOptions o = SegmentOptions.of(a, 4, 5);
            ClusteringRun run = Segmenter.run(f, o, Progress.NONE);
            assertEquals(4, run.k(), a.name());
            assertEquals(400, java.util.stream.IntStream.of(run.sizes()).sum() + run.noise(), a.name());
            assertTrue(run.silhouette() > 0.6, a + " silhouette " + run.silhouette());
            assertEquals(f.fingerprint(), run.datasetFingerprint());
            assertArrayEquals(run.labels(), Segmenter.run(f, o, Progress.NONE).labels(), "deterministic " + a);
        }
    }

    @Test
    void rulesGroupByTextAndBandedNumbers() {
        ClusteringRun run = Segmenter.run(blobFeatures(1), SegmentOptions.rules(List.of("parity"), 10),
                Progress.NONE);
        assertEquals(List.of("even", "odd"), run.segmentNames());
        assertArrayEquals(new int[] {200, 200}, run.sizes());
        ClusteringRun banded = Segmenter.run(blobFeatures(1), SegmentOptions.rules(List.of("x", "parity"), 100),
                Progress.NONE);
        assertTrue(banded.segmentNames().stream().allMatch(n -> n.contains(" · ")));
    }

    @Test
    void runsRoundTripThroughTheWorkspaceAndCompare(@TempDir Path dir) {
        SegmentRunStore store = new SegmentRunStore(Workspace.open(dir));
        FeatureMatrix f = blobFeatures(2);
        ClusteringRun km = Segmenter.run(f, SegmentOptions.kmeans(4, 1), Progress.NONE);
        ClusteringRun db = Segmenter.run(f, SegmentOptions.of(Algorithm.DBSCAN, 4, 1), Progress.NONE);
        store.save(km);
        store.save(db);
        ClusteringRun loaded = store.load(km.id()).orElseThrow();
        assertArrayEquals(km.labels(), loaded.labels());
        assertArrayEquals(km.sizes(), loaded.sizes());
        assertEquals(km.silhouette(), loaded.silhouette());
        assertEquals(km.centroids()[2][1], loaded.centroids()[2][1], 0);
        assertEquals(km.parameters().get("k"), loaded.parameters().get("k"));
        assertEquals(2, store.list().size());
        assertTrue(store.load("missing").isEmpty());

        RunComparison self = RunComparison.compare(km, loaded);
        assertEquals(1.0, self.ari(), 1e-12);
        RunComparison cross = RunComparison.compare(km, store.load(db.id()).orElseThrow());
        long total = 0;
        for (long[] row : cross.contingency()) {
            for (long c : row) {
                total += c;
            }
        }
        assertEquals(400, total);

        ClusteringRun other = Segmenter.run(renamed(blobFeatures(3)), SegmentOptions.kmeans(4, 1), Progress.NONE);
        assertThrows(IllegalArgumentException.class, () -> RunComparison.compare(km, other));
    }

    private static FeatureMatrix renamed(FeatureMatrix f) {
        List<String> ids = f.customerIds().stream().map(id -> "other-" + id).toList();
        return new FeatureMatrix(ids, f.featureNames(), f.raw(), f.scaled(), f.categories(), f.attributes(),
                f.referenceDate(), f.report());
    }

    @Test
    void kRangeSuggestsTheNumberOfBlobs() {
        KRange.Result r = KRange.run(blobFeatures(4).points(), new KRange.Options(2, 7, false, 400, 1), Progress.NONE);
        assertEquals(6, r.scores().size());
        assertEquals(4, r.suggestedK(), r.reason());
    }

    @Test
    void kRangeTieGoesToTheElbow() {
        List<KRange.Score> scores = List.of(new KRange.Score(2, 100, 0.50, 1), new KRange.Score(3, 40, 0.505, 1),
                new KRange.Score(4, 35, 0.30, 1), new KRange.Score(5, 33, 0.2, 1));
        KRange.Result r = KRange.suggest(scores);
        assertEquals(3, r.elbowK());
        assertEquals(3, r.suggestedK());
        KRange.Result clear = KRange.suggest(List.of(new KRange.Score(2, 100, 0.9, 1), new KRange.Score(3, 40, 0.5, 1),
                new KRange.Score(4, 35, 0.3, 1)));
        assertEquals(2, clear.suggestedK());
    }
}
