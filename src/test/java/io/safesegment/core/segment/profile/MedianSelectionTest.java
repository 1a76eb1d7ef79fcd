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

    @Test
    void radixSelectionAgreesOnLargeAwkwardInputs() {
        Random random = new Random(6);
        for (int kind = 0; kind < 7; kind++) {
            int n = 200_000 + kind;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    case 0 -> random.nextGaussian() * 1e6;
                    case 1 -> 42.0; // one value everywhere
                    case 2 -> random.nextBoolean() ? 0.0 : -0.0;
                    case 3 -> random.nextInt(20) == 0 ? Double.NaN : random.nextDouble() - 0.5;
                    case 4 -> 1.0 + Math.ulp(1.0) * random.nextInt(8); // differ only in the last mantissa bits
                    case 5 -> random.nextInt(3) == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    default -> Double.MIN_VALUE * random.nextInt(5) - Double.MIN_VALUE * 2; // subnormals around 0
                };
            }
            double[] copy = v.clone();
            assertEquals(sortedMedian(v), SegmentProfiler.median(v), "kind " + kind);
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            for (int k : new int[] {0, 1, n / 3, n - 2, n - 1}) {
                assertEquals(sorted[k], OrderStatistics.kth(v, k), "kind " + kind + ", k " + k);
                if (k > 0) {
                    assertEquals(sorted[k - 1], OrderStatistics.below(v, k, sorted[k]), "below, kind " + kind);
                }
            }
            assertEquals(Arrays.hashCode(copy), Arrays.hashCode(v), "input left unchanged");
        }
    }
}
