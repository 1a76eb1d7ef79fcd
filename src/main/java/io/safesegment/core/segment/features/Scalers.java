package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.util.Arrays;

/** Applies a {@link Scaling} to one column in place; a constant column becomes all zeros (except with NONE). */
final class Scalers {

    private Scalers() {
    }

    static void apply(double[] v, Scaling scaling) {
        if (v.length == 0 || scaling == Scaling.NONE) {
            return;
        }
        double centre;
        double spread;
        switch (scaling) {
            case ZSCORE -> {
                double mean = 0;
                for (double x : v) {
                    mean += x;
                }
                mean /= v.length;
                double var = 0;
                for (double x : v) {
                    var += (x - mean) * (x - mean);
                }
                centre = mean;
                spread = Math.sqrt(var / v.length);
            }
            case MINMAX -> {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double x : v) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
                centre = min;
                spread = max - min;
            }
            case ROBUST -> {
                double[] sorted = v.clone();
                Arrays.sort(sorted);
                centre = quantile(sorted, 0.5);
                spread = quantile(sorted, 0.75) - quantile(sorted, 0.25);
            }
            default -> throw new LocalizedStateException(Message.of("features.scalers.unknownScaling", scaling));
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = spread == 0 ? 0 : (v[i] - centre) / spread;
        }
    }

    /** Linear-interpolated quantile of sorted values (the "type 7" rule of R and NumPy). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
