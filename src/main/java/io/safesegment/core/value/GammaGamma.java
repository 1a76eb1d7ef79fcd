package io.safesegment.core.value;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import smile.math.special.Gamma;

/**
 * The Gamma-Gamma spend model: likelihood (Hardie's note 025, eq. 1a, as lifetimes'
 * {@code GammaGammaFitter._negative_log_likelihood}), fit, conditional expected average spend (eq. 5) and CLV with
 * discounted monthly cash flows (lifetimes' {@code customer_lifetime_value}).
 */
public final class GammaGamma {
    private GammaGamma() {
    }

    /** One repeat buyer's log-likelihood (x repeat purchases of mean value m). */
    public static double logLikelihood(double p, double q, double v, double x, double m) {
        return Gamma.lgamma(p * x + q) - Gamma.lgamma(p * x) - Gamma.lgamma(q) + q * Math.log(v)
                + (p * x - 1) * Math.log(m) + p * x * Math.log(x) - (p * x + q) * Math.log(x * m + v);
    }

    /** E[average spend | x, m]: a weighted mean of the customer's own mean and the population mean. */
    public static double expectedAverageSpend(GammaGammaFit g, double x, double m) {
        double weight = g.p() * x / (g.p() * x + g.q() - 1);
        return (1 - weight) * g.populationMean() + weight * (x > 0 ? m : 0);
    }

    /**
     * Lifetimes' CLV: for each month 1..{@code months}, the purchases expected in that month times the expected
     * average spend, discounted by (1 + monthly rate)^month.
     */
    public static double customerLifetimeValue(BgNbdFit bg, double expectedSpend, double x, double tx, double t,
                                               int months, double monthlyDiscount, TimeUnit unit) {
        double factor = unit.periodsPerMonth();
        double clv = 0;
        double previous = 0;
        for (int month = 1; month <= months; month++) {
            double cumulative = BgNbd.expectedPurchases(bg, month * factor, x, tx, t);
            clv += expectedSpend * (cumulative - previous) / Math.pow(1 + monthlyDiscount, month);
            previous = cumulative;
        }
        return clv;
    }

    /**
     * Fits on the repeat buyers with a positive mean spend.
     *
     * @throws ValueException with fewer than {@code minRepeatBuyers} such customers, when |corr(frequency, spend)|
     *                        exceeds {@code maxCorrelation}, or when q ≤ 1 (no finite population mean)
     */
    public static GammaGammaFit fit(CustomerSummary s, double penalizer, int minRepeatBuyers, double maxCorrelation,
                                    Progress progress) {
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.frequency()[i] > 0 && s.monetary()[i] > 0) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] m = new double[n];
        for (int i = 0, k = 0; i < s.size(); i++) {
            if (s.frequency()[i] > 0 && s.monetary()[i] > 0) {
                x[k] = s.frequency()[i];
                m[k++] = s.monetary()[i];
            }
        }
        if (n < Math.max(2, minRepeatBuyers)) {
            throw new ValueException(Message.of("value.error.fewSpenders", n, minRepeatBuyers));
        }
        double correlation = pearson(x, m);
        if (Double.isFinite(correlation) && Math.abs(correlation) > maxCorrelation) {
            throw new ValueException(Message.of("value.error.spendCorrelation",
                    String.format(java.util.Locale.ROOT, "%.3f", correlation),
                    String.format(java.util.Locale.ROOT, "%.2f", maxCorrelation)));
        }
        // Spend is scaled to mean 1 while fitting so that v starts near its optimum; v is scaled back.
        double scale = 1 / Arrays.stream(m).average().orElse(1);
        double[] xs = Arrays.stream(x).distinct().sorted().toArray();
        int[] xIndex = Arrays.stream(x).mapToInt(v -> Arrays.binarySearch(xs, v)).toArray();
        final int count = n;
        ToDoubleFunction<double[]> meanNll = lp -> -logLikelihood(Math.exp(lp[0]), Math.exp(lp[1]),
                Math.exp(lp[2]), x, m, scale, xs, xIndex) / count + penalizer * Arrays.stream(lp)
                .map(v -> Math.exp(2 * v)).sum();
        progress.report(0.6, Message.of("progress.value.fitGammaGamma"));
        LogSpaceFit.Optimum o = LogSpaceFit.minimise(meanNll, new double[3], progress);
        double[] lp = o.logParameters();
        double[] se = LogSpaceFit.standardErrors(y -> count * meanNll.applyAsDouble(y), lp);
        double p = Math.exp(lp[0]);
        double q = Math.exp(lp[1]);
        double v = Math.exp(lp[2]) / scale;
        if (q <= 1) {
            throw new ValueException(Message.of("value.error.gammaGammaQ", String.format(java.util.Locale.ROOT,
                    "%.3f", q)));
        }
        double ll = logLikelihood(p, q, v, x, m, 1, xs, xIndex);
        return new GammaGammaFit(p, q, v, se[0], se[1], se[2] / scale, ll, n, correlation, penalizer, o.converged());
    }

    private static double logLikelihood(double p, double q, double v, double[] x, double[] m, double scale,
                                        double[] xs, int[] xIndex) {
        double[] c = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            double px = p * xs[i];
            c[i] = Gamma.lgamma(px + q) - Gamma.lgamma(px) - Gamma.lgamma(q) + q * Math.log(v) + px * Math.log(xs[i]);
        }
        return ParallelSum.sum(x.length, i -> {
            double px = p * x[i];
            double mi = m[i] * scale;
            return c[xIndex[i]] + (px - 1) * Math.log(mi) - (px + q) * Math.log(x[i] * mi + v);
        });
    }

    /** Pearson correlation; NaN when either side is constant. */
    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }
}
