package io.safesegment.core.campaign.stats;

/**
 * Statistics of revenue per customer: the t interval of a mean and Welch's unequal-variance t-test with the
 * Welch–Satterthwaite degrees of freedom (Welch 1947). See docs/campaigns.md.
 */
public final class Means {
    private Means() {
    }

    /** Sample summary: size, mean and unbiased variance (n − 1). */
    public record Summary(int n, double mean, double variance) {
        /** Summary of {@code values}. */
        public static Summary of(double[] values) {
            int n = values.length;
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            double mean = n == 0 ? Double.NaN : sum / n;
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            return new Summary(n, mean, n < 2 ? Double.NaN : ss / (n - 1));
        }
    }

    /** Welch's test: t statistic, Welch–Satterthwaite df and two-sided p. */
    public record Welch(double t, double df, double pValue) {
    }

    /** Confidence interval mean ± t_{1−α/2, n−1} s/√n. */
    public static Interval meanInterval(Summary s, double alpha) {
        if (s.n() < 2) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double half = Distributions.tQuantile(1 - alpha / 2, s.n() - 1) * Math.sqrt(s.variance() / s.n());
        return new Interval(s.mean() - half, s.mean() + half);
    }

    /**
     * Welch's t-test of treatment against control: t = (m_t − m_c)/√(s_t²/n_t + s_c²/n_c), df = (a + b)² /
     * (a²/(n_t−1) + b²/(n_c−1)) with a = s_t²/n_t, b = s_c²/n_c.
     */
    public static Welch welch(Summary treatment, Summary control) {
        if (treatment.n() < 2 || control.n() < 2) {
            return new Welch(Double.NaN, Double.NaN, Double.NaN);
        }
        double a = treatment.variance() / treatment.n();
        double b = control.variance() / control.n();
        if (a + b == 0) {
            return new Welch(Double.NaN, Double.NaN, Double.NaN);
        }
        double t = (treatment.mean() - control.mean()) / Math.sqrt(a + b);
        double df = (a + b) * (a + b) / (a * a / (treatment.n() - 1) + b * b / (control.n() - 1));
        return new Welch(t, df, Distributions.tTwoSided(t, df));
    }
}
