package io.safesegment.core.campaign.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded percentile bootstrap of the difference in mean revenue (treatment − control), resampling each arm with
 * replacement (Efron &amp; Tibshirani 1993, ch. 13 and 16). Revenue is heavy-tailed, so this interval is the one
 * to trust when Welch's normal approximation is doubtful.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * @param difference observed mean difference
     * @param interval   percentile interval at 1 − α
     * @param pValue     two-sided bootstrap p-value: 2 × min(share of resampled differences ≤ 0, share ≥ 0),
     *                   capped at 1
     * @param resamples  number of resamples
     * @param seed       the seed used
     */
    public record Result(double difference, Interval interval, double pValue, int resamples, long seed) {
    }

    /** Bootstraps mean(treatment) − mean(control) {@code resamples} times with {@code seed}. */
    public static Result meanDifference(double[] treatment, double[] control, int resamples, double alpha,
                                        long seed) {
        if (treatment.length == 0 || control.length == 0) {
            return new Result(Double.NaN, new Interval(Double.NaN, Double.NaN), Double.NaN, resamples, seed);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] diffs = new double[resamples];
        int atMostZero = 0;
        int atLeastZero = 0;
        for (int b = 0; b < resamples; b++) {
            double d = resampledMean(treatment, random) - resampledMean(control, random);
            diffs[b] = d;
            if (d <= 0) {
                atMostZero++;
            }
            if (d >= 0) {
                atLeastZero++;
            }
        }
        Arrays.sort(diffs);
        Interval interval = new Interval(percentile(diffs, alpha / 2), percentile(diffs, 1 - alpha / 2));
        double p = Math.min(1, 2.0 * Math.min(atMostZero, atLeastZero) / resamples);
        return new Result(mean(treatment) - mean(control), interval, p, resamples, seed);
    }

    private static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default). */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
