package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureReport;
import io.safesegment.core.task.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SegmentNumberingTest {
    /** Blob sizes deliberately not in size order, around far-apart centres; ids and column names in Chinese. */
    private static final int[] BLOB_SIZES = {60, 240, 130, 90};
    private static final double[][] CENTRES = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};

    private static FeatureMatrix unevenBlobs() {
        int n = java.util.stream.IntStream.of(BLOB_SIZES).sum();
        double[][] cols = new double[2][n];
        List<String> ids = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        int row = 0;
        for (int b = 0; b < BLOB_SIZES.length; b++) {
            for (int i = 0; i < BLOB_SIZES[b]; i++, row++) {
                cols[0][row] = CENTRES[b][0] + random.nextGaussian() * 0.6;
                cols[1][row] = CENTRES[b][1] + random.nextGaussian() * 0.6;
                ids.add("客户" + row);
            }
        }
        return new FeatureMatrix(ids, List.of("消费金额", "订单数"), cols, cols, Map.of(), Map.of(),
                LocalDate.of(2025, 12, 31), new FeatureReport(n, 0, Map.of(), 0, 0, 0));
    }

    private static ClusteringRun run(int[] labels, int[] sizes, double[][] centroids, List<String> names,
                                     Algorithm algorithm) {
        return new ClusteringRun("r", Instant.EPOCH, algorithm, Map.of(), 1, List.of("a"), "data", "rows", 0,
                labels, sizes, 0, centroids, names, null);
    }

    @Test
    void largestSegmentIsNumberOneAndLabelsCentroidsAndSizesMoveTogether() {
        ClusteringRun raw = run(new int[] {0, 1, 1, 2, 2, 2, -1}, new int[] {1, 2, 3},
                new double[][] {{0}, {1}, {2}}, List.of("Segment 1", "Segment 2", "Segment 3"), Algorithm.KMEANS);
        ClusteringRun numbered = SegmentNumbering.bySize(raw);
        assertArrayEquals(new int[] {3, 2, 1}, numbered.sizes());
        assertArrayEquals(new int[] {2, 1, 1, 0, 0, 0, -1}, numbered.labels(), "noise stays −1");
        assertEquals(2.0, numbered.centroids()[0][0]);
        assertEquals(List.of("Segment 1", "Segment 2", "Segment 3"), numbered.segmentNames());
    }

    @Test
    void ruleGroupNamesFollowTheirGroupAndTiesAreOrderedByCentroid() {
        ClusteringRun raw = run(new int[] {0, 1, 2, 2}, new int[] {1, 1, 2},
                new double[][] {{5}, {3}, {9}}, List.of("北京", "上海", "广州"), Algorithm.RULES);
        ClusteringRun numbered = SegmentNumbering.bySize(raw);
        assertEquals(List.of("广州", "上海", "北京"), numbered.segmentNames());
        assertArrayEquals(new int[] {2, 1, 0, 0}, numbered.labels());
    }

    @Test
    void everyAlgorithmNumbersSegmentsLargestFirstAndRepeatsWithTheSameSeed() {
        FeatureMatrix f = unevenBlobs();
        for (Algorithm a : List.of(Algorithm.KMEANS, Algorithm.HIERARCHICAL, Algorithm.GMM, Algorithm.DBSCAN)) {
            SegmentOptions options = SegmentOptions.of(a, 4, 11);
            ClusteringRun first = Segmenter.run(f, options, Progress.NONE);
            for (int c = 1; c < first.k(); c++) {
                assertTrue(first.sizes()[c - 1] >= first.sizes()[c], a + " sizes " + java.util.Arrays.toString(first.sizes()));
            }
            ClusteringRun second = Segmenter.run(f, options, Progress.NONE);
            assertArrayEquals(first.labels(), second.labels(), "same seed, same numbers: " + a);
            assertEquals(first.segmentNames(), second.segmentNames());
        }
        ClusteringRun km = Segmenter.run(f, SegmentOptions.kmeans(4, 3), Progress.NONE);
        assertArrayEquals(new int[] {240, 130, 90, 60}, km.sizes());
        assertEquals(1, km.labels()[0] == 3 ? 1 : 0, "the 60-customer blob is segment 4");
    }

    @Test
    void aNearbyKKeepsTheNumbersOfThePreviousRun() {
        FeatureMatrix f = unevenBlobs();
        ClusteringRun four = Segmenter.run(f, SegmentOptions.kmeans(4, 5), Progress.NONE);
        ClusteringRun five = SegmentNumbering.matchedTo(Segmenter.run(f, SegmentOptions.kmeans(5, 5), Progress.NONE),
                four);
        // Customers keep their number unless their blob was split: at least the three untouched blobs agree.
        int agree = 0;
        for (int b = 0, row = 0; b < BLOB_SIZES.length; row += BLOB_SIZES[b], b++) {
            agree += four.labels()[row] == five.labels()[row] ? 1 : 0;
        }
        assertTrue(agree >= 3, "blobs keeping their number: " + agree);
        assertEquals(5, five.k());
        assertEquals(java.util.Set.of(0, 1, 2, 3, 4),
                java.util.stream.IntStream.of(five.labels()).boxed().collect(java.util.stream.Collectors.toSet()));
        ClusteringRun again = SegmentNumbering.matchedTo(Segmenter.run(f, SegmentOptions.kmeans(4, 9), Progress.NONE),
                four);
        assertArrayEquals(four.labels(), again.labels(), "another seed, same blobs, same numbers");
    }

    @Test
    void withoutAComparablePreviousRunNumbersFollowSize() {
        ClusteringRun raw = run(new int[] {0, 1, 1}, new int[] {1, 2}, new double[][] {{0}, {1}},
                List.of("Segment 1", "Segment 2"), Algorithm.KMEANS);
        ClusteringRun other = new ClusteringRun("p", Instant.EPOCH, Algorithm.KMEANS, Map.of(), 1, List.of("b"),
                "other", "other rows", 0, new int[] {0}, new int[] {1}, 0, new double[][] {{0}},
                List.of("Segment 1"), null);
        assertArrayEquals(new int[] {1, 0, 0}, SegmentNumbering.matchedTo(raw, other).labels());
        assertArrayEquals(new int[] {1, 0, 0}, SegmentNumbering.matchedTo(raw, null).labels());
    }
}
