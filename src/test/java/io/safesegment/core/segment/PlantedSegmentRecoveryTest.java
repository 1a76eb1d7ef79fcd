package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.cluster.KMeans;
import io.safesegment.core.segment.cluster.KMeansOptions;
import io.safesegment.core.segment.cluster.KMeansResult;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.segment.metrics.AdjustedRandIndex;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed sample set's planted behavioural segments are found by k-means on the default features. */
class PlantedSegmentRecoveryTest {
    private static final Path SAMPLES = Path.of("sample-datasets");
    private static FeatureMatrix features;
    private static int[] truth;

    @BeforeAll
    static void load() throws IOException {
        CustomerData data = SegmentTables.read(SAMPLES.resolve("customers.csv"), SAMPLES.resolve("transactions.csv"),
                SAMPLES.resolve("products.csv"), Progress.NONE);
        features = FeatureBuilder.build(data, FeatureOptions.defaults(), Progress.NONE);
        truth = plantedLabels(features.customerIds(), SAMPLES.resolve("customer_segments.csv"));
    }

    /** Ground-truth segment per row, read only here to score the result (never as a feature). */
    static int[] plantedLabels(List<String> ids, Path file) throws IOException {
        Map<String, String> segmentOf = new HashMap<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] parts = line.split(",");
            segmentOf.put(parts[0], parts[1]);
        }
        Map<String, Integer> codes = new HashMap<>();
        int[] labels = new int[ids.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = codes.computeIfAbsent(segmentOf.get(ids.get(i)), s -> codes.size());
        }
        return labels;
    }

    @Test
    void duplicateCustomerRowsAreDroppedAndEveryCustomerHasTruth() {
        assertEquals(5000, features.rows());
        assertEquals(7, features.report().duplicateIdsDropped());
        assertEquals(5, java.util.stream.IntStream.of(truth).distinct().count());
    }

    @Test
    void kMeansRecoversPlantedSegments() {
        KMeansResult result = KMeans.fit(features.points(), KMeansOptions.of(5, 42), Progress.NONE);
        double ari = AdjustedRandIndex.of(truth, result.labels());
        assertTrue(ari >= 0.8, "ARI against planted segments was " + ari);
    }

    @Test
    void sameSeedGivesIdenticalLabels() {
        int[] a = KMeans.fit(features.points(), KMeansOptions.of(5, 7), Progress.NONE).labels();
        int[] b = KMeans.fit(features.points(), KMeansOptions.of(5, 7), Progress.NONE).labels();
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
    }
}
