package io.safesegment.core.segment.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.cluster.Points;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void ariOfHandExamples() {
        // C(2,2)+C(2,2)=2 agreeing pairs; rows 2×C(3,2)=6, columns 3×C(2,2)=3, C(6,2)=15:
        // (2 − 6·3/15) / ((6+3)/2 − 6·3/15) = 0.8 / 3.3
        assertEquals(0.8 / 3.3, AdjustedRandIndex.of(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}), 1e-12);
        // Values from scikit-learn's documentation of adjusted_rand_score.
        assertEquals(4.0 / 7.0, AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}), 1e-12);
        assertEquals(-0.5, AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), 1e-12);
    }

    @Test
    void ariIgnoresLabelNamesAndIsSymmetric() {
        Random r = new Random(3);
        for (int t = 0; t < 20; t++) {
            int[] a = new int[50];
            int[] b = new int[50];
            for (int i = 0; i < 50; i++) {
                a[i] = r.nextInt(4);
                b[i] = r.nextInt(3) - 1;
            }
            int[] renamed = new int[50];
            for (int i = 0; i < 50; i++) {
                renamed[i] = 10 - a[i];
            }
            assertEquals(1.0, AdjustedRandIndex.of(a, renamed), 1e-12);
            assertEquals(AdjustedRandIndex.of(a, b), AdjustedRandIndex.of(b, a), 1e-12);
        }
    }

    @Test
    void silhouetteOfHandExample() {
        Points x = Points.fromRows(new double[][] {{0}, {1}, {10}, {11}});
        int[] labels = {0, 0, 1, 1};
        // s(0) = (10.5 − 1) / 10.5, s(1) = (9.5 − 1) / 9.5, and the same for the mirror cluster.
        double expected = ((9.5 / 10.5) + (8.5 / 9.5)) / 2;
        assertEquals(expected, Silhouette.exact(x, labels, 2), 1e-12);
        assertEquals(expected, Silhouette.sampled(x, labels, 100, 1), 1e-12);
    }

    @Test
    void silhouetteGivesSingletonsZeroAndNeedsTwoClusters() {
        Points x = Points.fromRows(new double[][] {{0}, {1}, {5}});
        // Row 2 is alone (0); rows 0 and 1: a = 1, b = 5 and 4.
        assertEquals(((4.0 / 5) + (3.0 / 4)) / 3, Silhouette.exact(x, new int[] {0, 0, 1}, 2), 1e-12);
        assertTrue(Double.isNaN(Silhouette.exact(x, new int[] {0, 0, 0}, 1)));
    }

    @Test
    void daviesBouldinOfHandExample() {
        Points x = Points.fromRows(new double[][] {{0}, {1}, {10}, {11}});
        // scatter 0.5 in each cluster, centres 10 apart: (0.5 + 0.5) / 10
        assertEquals(0.1, DaviesBouldin.of(x, new int[] {0, 0, 1, 1}, 2), 1e-12);
    }
}
