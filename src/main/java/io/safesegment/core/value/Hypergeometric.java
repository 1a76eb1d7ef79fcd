package io.safesegment.core.value;

/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, as BG/NBD's conditional expectation needs it
 * (a, b, c > 0). Summed as its power series; when that overflows or does not settle, through Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z), the same fallback lifetimes uses.
 */
final class Hypergeometric {
    private static final int MAX_TERMS = 200_000;

    private Hypergeometric() {
    }

    /** log ₂F₁(a, b; c; z). */
    static double logHyp2f1(double a, double b, double c, double z) {
        double direct = series(a, b, c, z);
        if (Double.isFinite(direct) && direct > 0) {
            return Math.log(direct);
        }
        double euler = series(c - a, c - b, c, z);
        return Math.log(euler) + (c - a - b) * Math.log1p(-z);
    }

    /** The power series; NaN when it does not converge within {@value #MAX_TERMS} terms. */
    static double series(double a, double b, double c, double z) {
        if (z == 0) {
            return 1;
        }
        double term = 1;
        double sum = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (!Double.isFinite(sum)) {
                return Double.NaN;
            }
            if (Math.abs(term) <= 1e-15 * Math.abs(sum) && k > 2) {
                return sum;
            }
        }
        return Double.NaN;
    }
}
