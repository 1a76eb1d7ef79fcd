package io.safesegment.core.value;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import smile.math.special.Gamma;

/**
 * The BG/NBD model: likelihood, fit, P(alive) and the conditional expected number of purchases, with the formulas of
 * Fader, Hardie &amp; Lee (2005) as the {@code lifetimes} library implements them (its
 * {@code BetaGeoFitter._negative_log_likelihood}, {@code conditional_probability_alive} and
 * {@code conditional_expected_number_of_purchases_up_to_time}).
 */
public final class BgNbd {
    private BgNbd() {
    }

    /** One customer's log-likelihood (x repeat purchases, last at t_x, observed for T). */
    public static double logLikelihood(double r, double alpha, double a, double b, double x, double tx, double t) {
        double a1 = Gamma.lgamma(r + x) - Gamma.lgamma(r) + r * Math.log(alpha);
        double a2 = Gamma.lgamma(a + b) + Gamma.lgamma(b + x) - Gamma.lgamma(b) - Gamma.lgamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + t);
        if (x <= 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return a1 + a2 + logSumExp(a3, a4);
    }

    private static double logSumExp(double u, double v) {
        double m = Math.max(u, v);
        return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
    }

    /** P(alive | x, t_x, T): 1 without repeat purchases, else 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)). */
    public static double probabilityAlive(BgNbdFit m, double x, double tx, double t) {
        if (x <= 0) {
            return 1;
        }
        double logDiv = (m.r() + x) * Math.log((m.alpha() + t) / (m.alpha() + tx)) + Math.log(m.a() / (m.b() + x - 1));
        return 1 / (1 + Math.exp(logDiv));
    }

    /** Expected repeat purchases in the next {@code horizon} periods of a customer with history (x, t_x, T). */
    public static double expectedPurchases(BgNbdFit m, double horizon, double x, double tx, double t) {
        if (horizon <= 0) {
            return 0;
        }
        double r = m.r();
        double alpha = m.alpha();
        double a = m.a();
        double b = m.b();
        double hyp = Hypergeometric.logHyp2f1(r + x, b + x, a + b + x - 1, horizon / (alpha + t + horizon));
        double first = (a + b + x - 1) / (a - 1);
        double second = 1 - Math.exp(hyp + (r + x) * Math.log((alpha + t) / (alpha + horizon + t)));
        double denominator = 1 + (x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + t) / (alpha + tx), r + x) : 0);
        return first * second / denominator;
    }

    /**
     * Fits by maximum likelihood on log-parameters (see {@link LogSpaceFit}); the objective is lifetimes': mean negative
     * log-likelihood plus {@code penalizer} × the sum of the squared parameters. Time is scaled so the longest T is 10
     * while fitting (lifetimes' {@code _scale_time}), which keeps α of order 1, and α is scaled back.
     *
     * @throws ValueException when fewer than {@code minRepeatBuyers} customers bought again
     */
    public static BgNbdFit fit(CustomerSummary s, double penalizer, int minRepeatBuyers, Progress progress) {
        int repeat = s.repeatBuyers();
        if (repeat < Math.max(1, minRepeatBuyers)) {
            throw new ValueException(Message.of("value.error.fewRepeatBuyers", repeat, s.size(), minRepeatBuyers));
        }
        double maxT = Arrays.stream(s.age()).max().orElse(1);
        double scale = maxT > 0 ? 10 / maxT : 1;
        Patterns p = Patterns.of(s, scale);
        ToDoubleFunction<double[]> meanNll = lp -> -p.logLikelihood(Math.exp(lp[0]), Math.exp(lp[1]), Math.exp(lp[2]),
                Math.exp(lp[3])) / p.total + penalizer * Arrays.stream(lp).map(v -> Math.exp(2 * v)).sum();
        progress.report(0.1, Message.of("progress.value.fitBgNbd"));
        LogSpaceFit.Optimum o = LogSpaceFit.minimise(meanNll, new double[4], progress);
        double[] lp = o.logParameters();
        double[] se = LogSpaceFit.standardErrors(x -> p.total * meanNll.applyAsDouble(x), lp);
        double r = Math.exp(lp[0]);
        double alpha = Math.exp(lp[1]) / scale;
        double a = Math.exp(lp[2]);
        double b = Math.exp(lp[3]);
        double ll = Patterns.of(s, 1).logLikelihood(r, alpha, a, b);
        return new BgNbdFit(r, alpha, a, b, se[0], se[1] / scale, se[2], se[3], ll, s.size(), repeat, penalizer,
                o.converged());
    }

    /** Distinct (x, t_x, T) histories with their counts, and per-x constants, so one evaluation costs little. */
    private record Patterns(double[] x, double[] tx, double[] t, double[] weight, int[] xIndex, double[] xs,
                            double total) {
        static Patterns of(CustomerSummary s, double scale) {
            record Key(double x, double tx, double t) {
            }
            Map<Key, Integer> at = new HashMap<>();
            int n = s.size();
            double[] x = new double[n];
            double[] tx = new double[n];
            double[] t = new double[n];
            double[] w = new double[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                Key key = new Key(s.frequency()[i], s.recency()[i] * scale, s.age()[i] * scale);
                Integer j = at.get(key);
                if (j == null) {
                    at.put(key, k);
                    x[k] = key.x();
                    tx[k] = key.tx();
                    t[k] = key.t();
                    w[k] = 1;
                    k++;
                } else {
                    w[j]++;
                }
            }
            double[] xs = Arrays.stream(Arrays.copyOf(x, k)).distinct().sorted().toArray();
            int[] xIndex = new int[k];
            for (int i = 0; i < k; i++) {
                xIndex[i] = Arrays.binarySearch(xs, x[i]);
            }
            return new Patterns(Arrays.copyOf(x, k), Arrays.copyOf(tx, k), Arrays.copyOf(t, k), Arrays.copyOf(w, k),
                    xIndex, xs, n);
        }

        double logLikelihood(double r, double alpha, double a, double b) {
            int m = xs.length;
            double[] c12 = new double[m];
            double[] c4 = new double[m];
            double base = -Gamma.lgamma(r) + r * Math.log(alpha) + Gamma.lgamma(a + b) - Gamma.lgamma(b);
            for (int i = 0; i < m; i++) {
                double xi = xs[i];
                c12[i] = base + Gamma.lgamma(r + xi) + Gamma.lgamma(b + xi) - Gamma.lgamma(a + b + xi);
                c4[i] = Math.log(a) - Math.log(b + Math.max(xi, 1) - 1);
            }
            return ParallelSum.sum(x.length, i -> {
                double xi = x[i];
                double a3 = -(r + xi) * Math.log(alpha + t[i]);
                double ll;
                if (xi > 0) {
                    ll = c12[xIndex[i]] + logSumExp(a3, c4[xIndex[i]] - (r + xi) * Math.log(alpha + tx[i]));
                } else {
                    ll = c12[xIndex[i]] + a3;
                }
                return weight[i] * ll;
            });
        }
    }
}
