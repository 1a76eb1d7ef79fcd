package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Alternating least squares for implicit feedback with confidence weighting; see {@link AlsParams}. Each half-step
 * updates rows independently, so it runs in parallel blocks on the common fork-join pool and stays deterministic.
 */
public final class ImplicitAls implements Recommender {
    private static final int BLOCK = 512;

    private final AlsParams params;
    private InteractionMatrix data;
    private float[] x;
    private float[] y;

    public ImplicitAls(AlsParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "als";
    }

    @Override
    public AlsParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        int k = params.factors();
        SplittableRandom rnd = new SplittableRandom(params.seed());
        x = new float[train.rows() * k];
        y = new float[train.items().size() * k];
        for (int a = 0; a < x.length; a++) {
            x[a] = (float) (Gaussian.next(rnd) * 0.01);
        }
        for (int a = 0; a < y.length; a++) {
            y[a] = (float) (Gaussian.next(rnd) * 0.01);
        }
        InteractionMatrix items = train.transpose();
        double ridge = ridge(train, params);
        for (int it = 0; it < params.iterations(); it++) {
            progress.checkCancelled();
            halfStep(train, x, y, params, ridge, progress);
            halfStep(items, y, x, params, ridge, progress);
            progress.report((it + 1.0) / params.iterations(), Message.of("progress.model.als", it + 1, params.iterations()));
        }
    }

    /**
     * The ridge added to every row's normal equations: λ·‖C^½ ∘ P‖_F = λ·√(Σ_ui c_ui) over the stored entries. An
     * absolute λ would have to grow with the customers, the catalogue and α·count (YᵀY and the confidence terms
     * do); in units of the data's own norm one λ fits sets of different size (decision 0039).
     */
    static double ridge(InteractionMatrix train, AlsParams params) {
        double sum = 0;
        for (int e = 0; e < train.nnz(); e++) {
            // at least 1 per entry, so that a non-positive value (loaders drop them) cannot make the ridge NaN
            sum += Math.max(1, 1 + params.alpha() * train.value(e));
        }
        return params.regularization() * Math.sqrt(sum);
    }

    /**
     * Updates the factors of every row of {@code m} (target) given the fixed column factors: for each row u,
     * {@code cgSteps} conjugate-gradient steps from the current factors towards the solution of
     * (FᵀF + Fᵀ(C_u − I)F + ridge·I) t_u = Fᵀ C_u p_u, F the fixed factors; an empty row gets zero factors. Package
     * private so that a test can check one half-step against the normal equations solved by hand.
     */
    static void halfStep(InteractionMatrix m, float[] target, float[] fixed, AlsParams params, double ridge,
            Progress progress) {
        int k = params.factors();
        double[] gram = gram(fixed, k);
        double lambda = ridge;
        float alpha = (float) params.alpha();
        int rows = m.rows();
        int blocks = (rows + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            progress.checkCancelled();
            double[] xu = new double[k];
            double[] r = new double[k];
            double[] p = new double[k];
            double[] ap = new double[k];
            for (int u = block * BLOCK; u < Math.min(rows, (block + 1) * BLOCK); u++) {
                int base = u * k;
                if (m.rowLength(u) == 0) {
                    java.util.Arrays.fill(target, base, base + k, 0f);
                    continue;
                }
                for (int f = 0; f < k; f++) {
                    xu[f] = target[base + f];
                }
                // r = b - A x, with b = Σ c_i y_i
                multiply(m, u, fixed, gram, lambda, alpha, xu, r, k);
                for (int f = 0; f < k; f++) {
                    r[f] = -r[f];
                }
                for (int e = m.start(u); e < m.end(u); e++) {
                    int yi = m.col(e) * k;
                    double c = 1 + alpha * m.value(e);
                    for (int f = 0; f < k; f++) {
                        r[f] += c * fixed[yi + f];
                    }
                }
                System.arraycopy(r, 0, p, 0, k);
                double rsOld = dot(r, r, k);
                for (int step = 0; step < params.cgSteps() && rsOld > 1e-20; step++) {
                    multiply(m, u, fixed, gram, lambda, alpha, p, ap, k);
                    double pAp = dot(p, ap, k);
                    if (pAp <= 0) {
                        break;
                    }
                    double a = rsOld / pAp;
                    for (int f = 0; f < k; f++) {
                        xu[f] += a * p[f];
                        r[f] -= a * ap[f];
                    }
                    double rsNew = dot(r, r, k);
                    double beta = rsNew / rsOld;
                    for (int f = 0; f < k; f++) {
                        p[f] = r[f] + beta * p[f];
                    }
                    rsOld = rsNew;
                }
                for (int f = 0; f < k; f++) {
                    target[base + f] = (float) xu[f];
                }
            }
        });
    }

    /** out = (YᵀY + λI + Σ_i (c_i − 1) y_i y_iᵀ) v for row u. */
    private static void multiply(InteractionMatrix m, int u, float[] fixed, double[] gram, double lambda, float alpha,
            double[] v, double[] out, int k) {
        for (int a = 0; a < k; a++) {
            double s = lambda * v[a];
            int row = a * k;
            for (int b = 0; b < k; b++) {
                s += gram[row + b] * v[b];
            }
            out[a] = s;
        }
        for (int e = m.start(u); e < m.end(u); e++) {
            int yi = m.col(e) * k;
            double yv = 0;
            for (int f = 0; f < k; f++) {
                yv += fixed[yi + f] * v[f];
            }
            double w = alpha * m.value(e) * yv;
            for (int f = 0; f < k; f++) {
                out[f] += w * fixed[yi + f];
            }
        }
    }

    private static double[] gram(float[] f, int k) {
        int n = f.length / k;
        double[] g = new double[k * k];
        for (int i = 0; i < n; i++) {
            int b = i * k;
            for (int a = 0; a < k; a++) {
                double fa = f[b + a];
                if (fa == 0) {
                    continue;
                }
                int row = a * k;
                for (int c = 0; c < k; c++) {
                    g[row + c] += fa * f[b + c];
                }
            }
        }
        return g;
    }

    private static double dot(double[] a, double[] b, int k) {
        double s = 0;
        for (int f = 0; f < k; f++) {
            s += a[f] * b[f];
        }
        return s;
    }

    /** The user factors, row-major (users × factors); for tests. */
    float[] userFactors() {
        return x;
    }

    /** The item factors, row-major (items × factors); for tests. */
    float[] itemFactors() {
        return y;
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    @Override
    public void score(int user, float[] scores) {
        int k = params.factors();
        if (user < 0 || user >= data.rows() || data.rowLength(user) == 0) {
            java.util.Arrays.fill(scores, Float.NEGATIVE_INFINITY);
            return;
        }
        int xu = user * k;
        for (int i = 0; i < scores.length; i++) {
            float s = 0;
            int yi = i * k;
            for (int f = 0; f < k; f++) {
                s += x[xu + f] * y[yi + f];
            }
            scores[i] = s;
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        return Explanation.of(Explanation.Kind.TASTE_PROFILE, LatentExplain.closest(data, y, params.factors(), user, item));
    }
}
