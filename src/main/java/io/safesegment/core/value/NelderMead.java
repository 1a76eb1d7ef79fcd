package io.safesegment.core.value;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** The Nelder–Mead downhill simplex (standard coefficients 1, 2, ½, ½), deterministic. */
final class NelderMead {
    private NelderMead() {
    }

    record Result(double[] x, double value, int iterations, boolean converged) {
    }

    static Result minimise(ToDoubleFunction<double[]> f, double[] start, double initialStep, int maxIterations,
                           double tolerance) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            double[] p = start.clone();
            p[i] += initialStep;
            simplex[i + 1] = p;
        }
        for (int i = 0; i <= n; i++) {
            values[i] = f.applyAsDouble(simplex[i]);
        }
        Integer[] order = new Integer[n + 1];
        int it = 0;
        boolean converged = false;
        for (; it < maxIterations; it++) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            double[] vs = values;
            Arrays.sort(order, Comparator.comparingDouble(i -> vs[i]));
            double[][] s = new double[n + 1][];
            double[] v = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                s[i] = simplex[order[i]];
                v[i] = values[order[i]];
            }
            simplex = s;
            values = v;
            double spread = Math.abs(values[n] - values[0]);
            double size = 0;
            for (int i = 1; i <= n; i++) {
                for (int j = 0; j < n; j++) {
                    size = Math.max(size, Math.abs(simplex[i][j] - simplex[0][j]));
                }
            }
            if (spread <= tolerance * (Math.abs(values[0]) + tolerance) && size < 1e-7) {
                converged = true;
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] reflected = towards(centroid, simplex[n], -1);
            double fr = f.applyAsDouble(reflected);
            if (fr < values[0]) {
                double[] expanded = towards(centroid, simplex[n], -2);
                double fe = f.applyAsDouble(expanded);
                if (fe < fr) {
                    simplex[n] = expanded;
                    values[n] = fe;
                } else {
                    simplex[n] = reflected;
                    values[n] = fr;
                }
            } else if (fr < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = fr;
            } else {
                boolean outside = fr < values[n];
                double[] contracted = outside ? towards(centroid, simplex[n], -0.5) : towards(centroid, simplex[n], 0.5);
                double fc = f.applyAsDouble(contracted);
                if (fc < Math.min(fr, values[n])) {
                    simplex[n] = contracted;
                    values[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        for (int j = 0; j < n; j++) {
                            simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]);
                        }
                        values[i] = f.applyAsDouble(simplex[i]);
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return new Result(simplex[best].clone(), values[best], it, converged);
    }

    /** centroid + t·(worst − centroid). */
    private static double[] towards(double[] centroid, double[] worst, double t) {
        double[] p = new double[centroid.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = centroid[j] + t * (worst[j] - centroid[j]);
        }
        return p;
    }
}
