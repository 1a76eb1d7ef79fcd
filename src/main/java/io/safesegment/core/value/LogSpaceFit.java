package io.safesegment.core.value;

import io.safesegment.core.task.Progress;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import smile.math.BFGS;
import smile.util.function.DifferentiableMultivariateFunction;

/**
 * Minimises a negative log-likelihood over strictly positive parameters by working on their logarithms, and derives
 * standard errors from the numerical Hessian.
 *
 * <p>Why two optimisers: Nelder–Mead needs no gradient and does not fail on the flat, badly scaled likelihood
 * surfaces of BG/NBD with few repeat buyers (lifetimes started with it for that reason); it is restarted from its own
 * best point until it stops improving, the usual cure for a collapsed simplex. Smile's L-BFGS (numerical gradient)
 * then polishes the optimum; its result is kept only when it is better, since a line search on a numerical gradient
 * can fail near the optimum.
 */
public final class LogSpaceFit {
    private static final int MAX_ITERATIONS = 4_000;
    private static final double TOLERANCE = 1e-10;

    private LogSpaceFit() {
    }

    /**
     * The optimum found.
     *
     * @param logParameters  the minimiser, log scale
     * @param value          the objective there
     * @param iterations     Nelder–Mead iterations used
     * @param converged      whether the simplex shrank below the tolerance before the iteration limit
     */
    public record Optimum(double[] logParameters, double value, int iterations, boolean converged) {
        /** The parameters on their natural scale. */
        public double[] parameters() {
            return Arrays.stream(logParameters).map(Math::exp).toArray();
        }
    }

    /** Minimises {@code objective} (of log-parameters) from {@code start}. */
    public static Optimum minimise(ToDoubleFunction<double[]> objective, double[] start, Progress progress) {
        ToDoubleFunction<double[]> safe = x -> {
            double v = objective.applyAsDouble(x);
            return Double.isFinite(v) ? v : Double.MAX_VALUE; // a step into an overflow is a bad step, not an error
        };
        double[] x = start.clone();
        int total = 0;
        boolean converged = false;
        double best = safe.applyAsDouble(x);
        for (int restart = 0; restart < 8; restart++) {
            progress.checkCancelled();
            NelderMead.Result r = NelderMead.minimise(safe, x, 0.5, MAX_ITERATIONS, TOLERANCE);
            total += r.iterations();
            boolean improved = r.value() < best - 1e-12 * Math.max(1, Math.abs(best));
            x = r.x();
            best = r.value();
            converged = r.converged();
            if (!improved && restart > 0) {
                break;
            }
        }
        double[] polished = x.clone();
        try {
            DifferentiableMultivariateFunction f = safe::applyAsDouble;
            double v = BFGS.minimize(f, 5, polished, 1e-8, 500);
            if (Double.isFinite(v) && v < best) {
                x = polished;
                best = v;
            }
        } catch (RuntimeException lineSearchFailed) {
            // keep the Nelder–Mead optimum (see the class comment)
        }
        return new Optimum(x, best, total, converged);
    }

    /**
     * Standard errors on the natural scale: the inverse of the numerical Hessian of {@code totalNegLogLik} in log
     * space gives the covariance of the log-parameters; the delta method ({@code se(θ) = θ · se(log θ)}) maps it back.
     * NaN where the Hessian is not positive definite (a flat direction: the data do not identify that parameter).
     */
    public static double[] standardErrors(ToDoubleFunction<double[]> totalNegLogLik, double[] logParameters) {
        int k = logParameters.length;
        double[][] h = hessian(totalNegLogLik, logParameters);
        double[][] inv = invert(h);
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            double var = inv == null ? Double.NaN : inv[i][i];
            se[i] = var > 0 ? Math.exp(logParameters[i]) * Math.sqrt(var) : Double.NaN;
        }
        return se;
    }

    /** Central-difference Hessian. */
    static double[][] hessian(ToDoubleFunction<double[]> f, double[] x) {
        int k = x.length;
        double[][] h = new double[k][k];
        double step = 1e-4;
        double f0 = f.applyAsDouble(x);
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double v;
                if (i == j) {
                    v = (eval(f, x, i, step, j, 0) - 2 * f0 + eval(f, x, i, -step, j, 0)) / (step * step);
                } else {
                    v = (eval(f, x, i, step, j, step) - eval(f, x, i, step, j, -step)
                            - eval(f, x, i, -step, j, step) + eval(f, x, i, -step, j, -step)) / (4 * step * step);
                }
                h[i][j] = v;
                h[j][i] = v;
            }
        }
        return h;
    }

    private static double eval(ToDoubleFunction<double[]> f, double[] x, int i, double di, int j, double dj) {
        double[] y = x.clone();
        y[i] += di;
        y[j] += dj;
        return f.applyAsDouble(y);
    }

    /** Gauss–Jordan inverse with partial pivoting; null when singular. */
    static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            if (Math.abs(a[p][c]) < 1e-300 || !Double.isFinite(a[p][c])) {
                return null;
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double d = a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
