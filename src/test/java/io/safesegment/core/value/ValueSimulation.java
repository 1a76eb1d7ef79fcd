package io.safesegment.core.value;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded draws from the BG/NBD and Gamma-Gamma generative models, for parameter-recovery tests. */
final class ValueSimulation {
    private ValueSimulation() {
    }

    /** Gamma(shape, scale 1) by Marsaglia &amp; Tsang (with the shape &lt; 1 boost). */
    static double gamma(SplittableRandom rnd, double shape) {
        if (shape < 1) {
            return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z;
            double v;
            do {
                z = normal(rnd);
                v = 1 + c * z;
            } while (v <= 0);
            v = v * v * v;
            double u = rnd.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /**
     * n customers observed for T periods each: λ ~ Gamma(r, rate α), p ~ Beta(a, b); purchases a Poisson process of
     * rate λ from a first purchase at 0; after each repeat purchase the customer drops out with probability p. Spend:
     * ν ~ Gamma(q, rate v), each transaction Gamma(pSpend, rate ν).
     */
    static CustomerSummary bgnbd(int n, double t, double r, double alpha, double a, double b, double pSpend,
                                 double q, double v, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        double[] f = new double[n];
        double[] rec = new double[n];
        double[] age = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            double lambda = gamma(rnd, r) / alpha;
            double g1 = gamma(rnd, a);
            double p = g1 / (g1 + gamma(rnd, b));
            double nu = gamma(rnd, q) / v;
            double time = 0;
            int x = 0;
            double spend = 0;
            while (true) {
                double next = -Math.log(1 - rnd.nextDouble()) / lambda;
                if (time + next > t) {
                    break;
                }
                time += next;
                x++;
                spend += gamma(rnd, pSpend) / nu;
                if (rnd.nextDouble() < p) {
                    break;
                }
            }
            ids.add("C" + i);
            f[i] = x;
            rec[i] = x == 0 ? 0 : time;
            age[i] = t;
            m[i] = x == 0 ? 0 : spend / x;
        }
        return new CustomerSummary(ids, f, rec, age, m, true);
    }
}
