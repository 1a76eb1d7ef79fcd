package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A copy of {@link ImplicitAls} with the variants decision 0039 compared, for {@code ImplicitAlsStudy} only (test
 * scope; not a model users can pick). System properties, read once: {@code v.log=true} confidence
 * 1 + α·log(1 + count/ε) with {@code v.eps} (default 1) instead of 1 + α·count; {@code v.reg=n} λ·n_u per row (ALS-WR,
 * Spark MLlib), {@code v.reg=r} λ·(columns + Σ α·count)^ν with {@code v.nu} (frequency-scaled, after Rendle et al.
 * 2021), {@code v.reg=s} λ·√(Σ c) over all training entries (one global scale), default {@code abs}: an absolute λ as
 * in {@link ImplicitAls} before decision 0039. Not thread-safe across models (the scale is static): one model at a time.
 */
public final class AlsVariant implements Recommender {
    private static final int BLOCK = 512;

    private final AlsParams params;
    private InteractionMatrix data;
    private float[] x;
    private float[] y;

    /** √(Σ c) over the training entries, for {@code v.reg=s}. */
    private static double SCALE = 1;
    private static final boolean LOG = Boolean.getBoolean("v.log");
    private static final String REG = System.getProperty("v.reg", "abs");
    private static final double NU = Double.parseDouble(System.getProperty("v.nu", "1"));
    private static final double EPS = Double.parseDouble(System.getProperty("v.eps", "1"));

    public AlsVariant(AlsParams params) {
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
        double sumC = 0;
        for (int e = 0; e < train.nnz(); e++) {
            sumC += 1 + conf(params.alpha(), train.value(e));
        }
        SCALE = Math.sqrt(sumC);
        InteractionMatrix items = train.transpose();
        for (int it = 0; it < params.iterations(); it++) {
            progress.checkCancelled();
            solve(train, x, y, progress);
            solve(items, y, x, progress);
            progress.report((it + 1.0) / params.iterations(), Message.of("progress.model.als", it + 1, params.iterations()));
        }
    }

    /** Updates the factors of every row of {@code m} (target) given the fixed column factors. */
    private void solve(InteractionMatrix m, float[] target, float[] fixed, Progress progress) {
        int k = params.factors();
        double[] gram = gram(fixed, k);
        double lambda = params.regularization();
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
                double lam = lambdaFor(m, u, lambda, alpha);
                multiply(m, u, fixed, gram, lam, alpha, xu, r, k);
                for (int f = 0; f < k; f++) {
                    r[f] = -r[f];
                }
                for (int e = m.start(u); e < m.end(u); e++) {
                    int yi = m.col(e) * k;
                    double c = 1 + conf(alpha, m.value(e));
                    for (int f = 0; f < k; f++) {
                        r[f] += c * fixed[yi + f];
                    }
                }
                System.arraycopy(r, 0, p, 0, k);
                double rsOld = dot(r, r, k);
                for (int step = 0; step < params.cgSteps() && rsOld > 1e-20; step++) {
                    multiply(m, u, fixed, gram, lam, alpha, p, ap, k);
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
            double w = conf(alpha, m.value(e)) * yv;
            for (int f = 0; f < k; f++) {
                out[f] += w * fixed[yi + f];
            }
        }
    }

    private static double lambdaFor(InteractionMatrix m, int u, double lambda, float alpha) {
        switch (REG) {
            case "n" -> {
                return lambda * m.rowLength(u);
            }
            case "r" -> {
                double s = m.columns();
                for (int e = m.start(u); e < m.end(u); e++) {
                    s += conf(alpha, m.value(e));
                }
                return lambda * Math.pow(s, NU);
            }
            case "s" -> {
                return lambda * SCALE;
            }
            default -> {
                return lambda;
            }
        }
    }

    /** c − 1 for a stored value. */
    private static double conf(double alpha, float v) {
        return LOG ? alpha * Math.log(1 + v / EPS) : alpha * v;
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
