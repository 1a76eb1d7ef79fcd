package io.safesegment.core.segment.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The selection-based median must equal the median of the sorted values, ties, signed zeros and NaN included. */
class MedianSelectionTest {
    private static double sortedMedian(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    @Test
    void equalsTheSortedMedianOnAwkwardInputs() {
        Random random = new Random(5);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(trial < 1_000 ? 12 : 3_000);
            double[] v = new double[n];
            int kind = trial % 5;
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    case 0 -> random.nextGaussian();
                    case 1 -> random.nextInt(3); // many ties
                    case 2 -> i; // already sorted
                    case 3 -> random.nextBoolean() ? 0.0 : -0.0;
                    default -> random.nextInt(10) == 0 ? Double.NaN : random.nextInt(100) - 50;
                };
            }
            double[] copy = v.clone();
            assertEquals(sortedMedian(v), SegmentProfiler.median(v), "trial " + trial + ", n = " + n);
            assertEquals(Arrays.toString(copy), Arrays.toString(v), "input left unchanged");
        }
        assertEquals(Double.NaN, SegmentProfiler.median(new double[0]));
    }
}
