package io.safesegment.core.campaign.stats;

/**
 * Textbook statistics of rates (conversions out of customers). References: Wilson (1927) score interval; the pooled
 * two-proportion z-test and Pearson's chi-square (Agresti, <i>Categorical Data Analysis</i>, 3rd ed., §1.4, §3.2);
 * Katz et al. (1978) log interval of a ratio of proportions, used for the lift. See docs/campaigns.md.
 */
public final class Proportions {
    private Proportions() {
    }

    /** Result of a test statistic with its two-sided p-value. */
    public record Test(double statistic, double pValue) {
    }

    /** Wilson score interval of x successes in n trials at confidence 1 − α. */
    public static Interval wilson(long x, long n, double alpha) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double z = Distributions.normalQuantile(1 - alpha / 2);
        double p = (double) x / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
        return new Interval(centre - half, centre + half);
    }

    /**
     * Pooled two-proportion z-test of treatment against control: z = (p_t − p_c) / √(p̂(1−p̂)(1/n_t + 1/n_c)) with
     * p̂ = (x_t + x_c)/(n_t + n_c); two-sided p = 2(1 − Φ(|z|)). NaN when a group is empty or p̂ is 0 or 1.
     */
    public static Test zTest(long xTreatment, long nTreatment, long xControl, long nControl) {
        if (nTreatment == 0 || nControl == 0) {
            return new Test(Double.NaN, Double.NaN);
        }
        double pooled = (double) (xTreatment + xControl) / (nTreatment + nControl);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / nTreatment + 1.0 / nControl));
        if (se == 0) {
            return new Test(Double.NaN, Double.NaN);
        }
        double z = ((double) xTreatment / nTreatment - (double) xControl / nControl) / se;
        return new Test(z, Distributions.normalTwoSided(z));
    }

    /**
     * Pearson's chi-square test of independence of arm and outcome on the k × 2 table (no continuity correction, so
     * for two arms χ² = z² of {@link #zTest}); df = k − 1.
     */
    public static Test chiSquare(long[] successes, long[] trials) {
        long total = 0;
        long totalSuccess = 0;
        for (int i = 0; i < trials.length; i++) {
            total += trials[i];
            totalSuccess += successes[i];
        }
        if (total == 0 || totalSuccess == 0 || totalSuccess == total || trials.length < 2) {
            return new Test(Double.NaN, Double.NaN);
        }
        double rate = (double) totalSuccess / total;
        double chi = 0;
        int groups = 0;
        for (int i = 0; i < trials.length; i++) {
            if (trials[i] == 0) {
                continue;
            }
            groups++;
            double e1 = trials[i] * rate;
            double e0 = trials[i] * (1 - rate);
            double o1 = successes[i];
            double o0 = trials[i] - successes[i];
            chi += (o1 - e1) * (o1 - e1) / e1 + (o0 - e0) * (o0 - e0) / e0;
        }
        return groups < 2 ? new Test(Double.NaN, Double.NaN)
                : new Test(chi, Distributions.chiSquareUpper(chi, groups - 1));
    }

    /** Relative lift (p_t − p_c)/p_c; NaN when the control rate is 0. */
    public static double lift(long xTreatment, long nTreatment, long xControl, long nControl) {
        double pc = (double) xControl / nControl;
        return pc == 0 ? Double.NaN : ((double) xTreatment / nTreatment) / pc - 1;
    }

    /**
     * Interval of the relative lift from the Katz log interval of the risk ratio: exp(ln RR ± z √((1−p_t)/x_t +
     * (1−p_c)/x_c)) − 1. NaN when either group has no successes.
     */
    public static Interval liftInterval(long xTreatment, long nTreatment, long xControl, long nControl,
                                        double alpha) {
        if (xTreatment == 0 || xControl == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double pt = (double) xTreatment / nTreatment;
        double pc = (double) xControl / nControl;
        double se = Math.sqrt((1 - pt) / xTreatment + (1 - pc) / xControl);
        double z = Distributions.normalQuantile(1 - alpha / 2);
        double log = Math.log(pt / pc);
        return new Interval(Math.exp(log - z * se) - 1, Math.exp(log + z * se) - 1);
    }
}
