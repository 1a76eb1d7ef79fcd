package io.safesegment.core.campaign.stats;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import smile.math.special.Erf;
import smile.math.special.Gamma;

/**
 * The few distribution functions the experiment statistics need, on Smile's special functions. Student's t is
 * written on the regularized incomplete beta function because Welch's degrees of freedom are not integers (Smile's
 * {@code TDistribution} takes an int), and the incomplete beta function is our own continued fraction evaluated to
 * full double precision (Smile's stops at about 1e-8 relative, too coarse for tests against textbook values to 1e-9).
 */
public final class Distributions {
    private Distributions() {
    }

    /** Standard normal CDF Φ(z). */
    public static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** Standard normal quantile Φ⁻¹(p), 0 &lt; p &lt; 1. */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.probability", String.valueOf(p)));
        }
        return -Math.sqrt(2) * Erf.inverfc(2 * p);
    }

    /** Two-sided p-value of a standard normal statistic: 2 (1 − Φ(|z|)). */
    public static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** Two-sided p-value of Student's t with {@code df} (real, &gt; 0) degrees of freedom: I_{df/(df+t²)}(df/2, 1/2). */
    public static double tTwoSided(double t, double df) {
        if (Double.isInfinite(t)) {
            return 0;
        }
        return incompleteBeta(df / 2, 0.5, df / (df + t * t));
    }

    /** Quantile of Student's t with {@code df} degrees of freedom at probability p (0.5 &lt; p &lt; 1 or below). */
    public static double tQuantile(double p, double df) {
        if (p == 0.5) {
            return 0;
        }
        double tail = p > 0.5 ? 1 - p : p;
        // Solve tTwoSided(t) = 2 · tail for t > 0 by bisection on a bracket (monotone, so it always converges).
        double lo = 0;
        double hi = 1;
        while (tTwoSided(hi, df) > 2 * tail) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (tTwoSided(mid, df) > 2 * tail) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double t = (lo + hi) / 2;
        return p > 0.5 ? t : -t;
    }

    /**
     * Regularized incomplete beta I_x(a, b) by the continued fraction of Numerical Recipes (3rd ed., §6.4, modified
     * Lentz), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly.
     */
    public static double incompleteBeta(double a, double b, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(a, b, x) / a;
        }
        return 1 - front * betaFraction(b, a, 1 - x) / b;
    }

    private static double betaFraction(double a, double b, double x) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-16) {
                break;
            }
        }
        return h;
    }

    /** Upper tail P(X ≥ x) of the chi-square distribution with {@code df} degrees of freedom. */
    public static double chiSquareUpper(double x, int df) {
        if (x <= 0) {
            return 1;
        }
        return Gamma.regularizedUpperIncompleteGamma(df / 2.0, x / 2);
    }

    /** ln B(a, b). */
    public static double logBeta(double a, double b) {
        return Gamma.lgamma(a) + Gamma.lgamma(b) - Gamma.lgamma(a + b);
    }
}
