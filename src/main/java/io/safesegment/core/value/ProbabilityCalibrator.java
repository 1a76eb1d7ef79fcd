package io.safesegment.core.value;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.DoubleUnaryOperator;

/** Maps classifier scores to probabilities: Platt's logistic curve or isotonic regression. */
final class ProbabilityCalibrator {
    private ProbabilityCalibrator() {
    }

    /**
     * Platt scaling: P(y = 1 | s) = 1 / (1 + exp(A s + B)), fitted by Newton's method on Platt's smoothed targets
     * (N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2), which keep the fit finite on separable scores.
     */
    static DoubleUnaryOperator platt(double[] scores, int[] y) {
        int pos = Arrays.stream(y).sum();
        int neg = y.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 0;
        double b = Math.log((neg + 1.0) / (pos + 1.0));
        for (int it = 0; it < 100; it++) {
            double g1 = 0;
            double g2 = 0;
            double h11 = 1e-12;
            double h22 = 1e-12;
            double h21 = 0;
            for (int i = 0; i < scores.length; i++) {
                double t = y[i] == 1 ? hi : lo;
                double p = 1 / (1 + Math.exp(a * scores[i] + b));
                double d = t - p; // gradient of the negative log-likelihood w.r.t. (A s + B) is (t − p)
                double w = p * (1 - p);
                g1 += scores[i] * d;
                g2 += d;
                h11 += scores[i] * scores[i] * w;
                h22 += w;
                h21 += scores[i] * w;
            }
            double det = h11 * h22 - h21 * h21;
            if (Math.abs(det) < 1e-300) {
                break;
            }
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            a += da;
            b += db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        double fa = a;
        double fb = b;
        return s -> 1 / (1 + Math.exp(fa * s + fb));
    }

    /** Isotonic regression by pool-adjacent-violators; scores between fitted points are interpolated. */
    static DoubleUnaryOperator isotonic(double[] scores, int[] y) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double[] value = new double[n];
        double[] weight = new double[n];
        double[] xs = new double[n];
        int blocks = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            value[blocks] = y[i];
            weight[blocks] = 1;
            xs[blocks] = scores[i];
            blocks++;
            while (blocks > 1 && value[blocks - 2] >= value[blocks - 1]) {
                double w = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1]) / w;
                weight[blocks - 2] = w;
                xs[blocks - 2] = Math.max(xs[blocks - 2], xs[blocks - 1]); // block keyed by its largest score
                blocks--;
            }
        }
        double[] bx = Arrays.copyOf(xs, blocks);
        double[] bv = Arrays.copyOf(value, blocks);
        int last = blocks - 1;
        return s -> {
            int at = Arrays.binarySearch(bx, s);
            if (at >= 0) {
                return bv[at];
            }
            int ins = -at - 1;
            return ins > last ? bv[last] : bv[ins]; // the block whose score range covers s
        };
    }
}
