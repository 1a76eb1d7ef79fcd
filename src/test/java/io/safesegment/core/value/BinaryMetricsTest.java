package io.safesegment.core.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
    // Hand-worked example: sorted by score, labels 1 0 1 | 1 0 0 (threshold 0.5 between 0.7 and 0.4)
    private static final int[] Y = {1, 0, 1, 1, 0, 0};
    private static final double[] P = {0.9, 0.8, 0.7, 0.4, 0.3, 0.1};

    @Test
    void confusionMatrixAndRatesByHand() {
        BinaryMetrics m = BinaryMetrics.of(Y, P);
        assertEquals(2, m.tp());
        assertEquals(1, m.fp());
        assertEquals(2, m.tn());
        assertEquals(1, m.fn());
        assertEquals(4.0 / 6, m.accuracy(), 1e-12);
        assertEquals(2.0 / 3, m.precision(), 1e-12);
        assertEquals(2.0 / 3, m.recall(), 1e-12);
        assertEquals(2.0 / 3, m.f1(), 1e-12);
    }

    @Test
    void rocAucByCountingPairs() {
        // positive 0.9 beats 3 negatives, 0.7 beats 2 (not 0.8), 0.4 beats 2: 7 of 9 pairs
        assertEquals(7.0 / 9, BinaryMetrics.rocAuc(Y, P), 1e-12);
        // a tie counts one half
        assertEquals(0.5, BinaryMetrics.rocAuc(new int[] {1, 0}, new double[] {0.5, 0.5}), 1e-12);
        assertEquals(1.0, BinaryMetrics.rocAuc(new int[] {0, 1}, new double[] {0.2, 0.6}), 1e-12);
    }

    @Test
    void averagePrecisionByHand() {
        // recall steps of 1/3 at precisions 1, 2/3 and 3/4
        assertEquals((1 + 2.0 / 3 + 3.0 / 4) / 3, BinaryMetrics.averagePrecision(Y, P), 1e-12);
    }

    @Test
    void rocCurveAndCalibrationCurve() {
        List<double[]> roc = BinaryMetrics.rocCurve(Y, P);
        assertArrayEquals(new double[] {0, 0}, roc.get(0));
        assertArrayEquals(new double[] {0, 1.0 / 3}, roc.get(1), 1e-12);
        assertArrayEquals(new double[] {1, 1}, roc.get(roc.size() - 1), 1e-12);
        assertEquals(7, roc.size());
        List<double[]> cal = BinaryMetrics.calibrationCurve(Y, P, 2);
        // bin [0, 0.5): scores 0.4 0.3 0.1, one positive; bin [0.5, 1]: 0.9 0.8 0.7, two positives
        assertArrayEquals(new double[] {0.8 / 3, 1.0 / 3, 3}, cal.get(0), 1e-12);
        assertArrayEquals(new double[] {0.8, 2.0 / 3, 3}, cal.get(1), 1e-12);
    }

    @Test
    void foldsAreStratifiedAndSeeded() {
        int[] y = new int[100];
        for (int i = 0; i < 20; i++) {
            y[i * 5] = 1;
        }
        int[] folds = StratifiedFolds.assign(y, 5, 7);
        for (int f = 0; f < 5; f++) {
            int size = 0;
            int pos = 0;
            for (int i = 0; i < y.length; i++) {
                if (folds[i] == f) {
                    size++;
                    pos += y[i];
                }
            }
            assertEquals(20, size);
            assertEquals(4, pos);
        }
        assertArrayEquals(folds, StratifiedFolds.assign(y, 5, 7));
    }

    @Test
    void calibratorsAreMonotoneProbabilities() {
        double[] s = {-2, -1, -0.5, 0, 0.5, 1, 2, 3};
        int[] y = {0, 0, 1, 0, 1, 0, 1, 1};
        var platt = ProbabilityCalibrator.platt(s, y);
        var iso = ProbabilityCalibrator.isotonic(s, y);
        double prevP = 0;
        double prevI = 0;
        for (double v = -3; v <= 4; v += 0.25) {
            double p = platt.applyAsDouble(v);
            double i = iso.applyAsDouble(v);
            assertTrue(p > 0 && p < 1 && p >= prevP);
            assertTrue(i >= 0 && i <= 1 && i >= prevI);
            prevP = p;
            prevI = i;
        }
        // pool adjacent violators by hand: 0 0 | 1 0 → ½ ½ | 1 0 → ½ | 1 1
        assertEquals(0, iso.applyAsDouble(-2), 1e-12);
        assertEquals(0.5, iso.applyAsDouble(-0.5), 1e-12);
        assertEquals(0.5, iso.applyAsDouble(0), 1e-12);
        assertEquals(0.5, iso.applyAsDouble(1), 1e-12);
        assertEquals(1, iso.applyAsDouble(2), 1e-12);
    }
}
