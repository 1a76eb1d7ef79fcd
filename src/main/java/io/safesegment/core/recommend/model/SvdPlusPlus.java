package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.SplittableRandom;

/**
 * SVD++ for explicit ratings (see {@link SvdppParams}), trained by SGD in one thread so a seed gives identical
 * factors. The update rules are Surprise's ({@code SVDpp.sgd}), with one deliberate change for speed: the ratings
 * are visited user by user (as Surprise does, in a seeded user order) and the gradient of the implicit factors y_j
 * is summed over the user's ratings and applied once per user (with one regularisation step), instead of after every
 * rating — this turns the cost of an epoch from Σ_u |N(u)|²·k into Σ_u |N(u)|·k, which matters for heavy users; for
 * a user with one rating the two are identical.
 */
public final class SvdPlusPlus implements Recommender, RatingPredictor {
    private final SvdppParams params;
    private InteractionMatrix data;
    private double mu;
    private float[] bu;
    private float[] bi;
    private float[] p;
    private float[] q;
    private float[] y;
    /** Per user: |N(u)|^-½ Σ y_j, recomputed after training. */
    private float[] implicit;
    private float min;
    private float max;

    public SvdPlusPlus(SvdppParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "svdpp";
    }

    @Override
    public SvdppParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        fit(train, progress, EpochListener.NONE);
    }

    /** Fits, calling {@code listener} after every epoch (early stopping). */
    public void fit(InteractionMatrix train, Progress progress, EpochListener listener) {
        this.data = train;
        int k = params.factors();
        int nu = train.rows();
        int ni = train.items().size();
        SplittableRandom rnd = new SplittableRandom(params.seed());
        mu = train.globalMean();
        min = Baselines.min(train);
        max = Baselines.max(train);
        bu = new float[nu];
        bi = new float[ni];
        p = gaussian(nu * k, rnd);
        q = gaussian(ni * k, rnd);
        y = gaussian(ni * k, rnd);
        implicit = new float[nu * k];
        int[] users = new int[nu];
        for (int u = 0; u < nu; u++) {
            users[u] = u;
        }
        float lr = (float) params.learningRate();
        float reg = (float) params.regularization();
        float[] sumY = new float[k];
        float[] gradY = new float[k];
        for (int epoch = 0; epoch < params.epochs(); epoch++) {
            progress.checkCancelled();
            MatrixFactorization.shuffle(users, rnd);
            for (int u : users) {
                int n = train.rowLength(u);
                if (n == 0) {
                    continue;
                }
                float norm = (float) (1 / Math.sqrt(n));
                java.util.Arrays.fill(sumY, 0f);
                for (int e = train.start(u); e < train.end(u); e++) {
                    int j = train.col(e) * k;
                    for (int f = 0; f < k; f++) {
                        sumY[f] += y[j + f];
                    }
                }
                for (int f = 0; f < k; f++) {
                    sumY[f] *= norm;
                }
                java.util.Arrays.fill(gradY, 0f);
                int pu = u * k;
                for (int e = train.start(u); e < train.end(u); e++) {
                    int i = train.col(e);
                    int qi = i * k;
                    float dot = 0;
                    for (int f = 0; f < k; f++) {
                        dot += q[qi + f] * (p[pu + f] + sumY[f]);
                    }
                    float err = (float) (train.value(e) - (mu + bu[u] + bi[i] + dot));
                    bu[u] += lr * (err - reg * bu[u]);
                    bi[i] += lr * (err - reg * bi[i]);
                    for (int f = 0; f < k; f++) {
                        float pf = p[pu + f];
                        float qf = q[qi + f];
                        p[pu + f] += lr * (err * qf - reg * pf);
                        q[qi + f] += lr * (err * (pf + sumY[f]) - reg * qf);
                        gradY[f] += err * qf * norm;
                    }
                }
                for (int e = train.start(u); e < train.end(u); e++) {
                    int j = train.col(e) * k;
                    for (int f = 0; f < k; f++) {
                        y[j + f] += lr * (gradY[f] - reg * y[j + f]);
                    }
                }
            }
            computeImplicit();
            progress.report((epoch + 1.0) / params.epochs(),
                    Message.of("progress.model.svdpp", epoch + 1, params.epochs()));
            if (!listener.afterEpoch(epoch + 1)) {
                break;
            }
        }
    }

    private void computeImplicit() {
        int k = params.factors();
        java.util.Arrays.fill(implicit, 0f);
        for (int u = 0; u < data.rows(); u++) {
            int n = data.rowLength(u);
            if (n == 0) {
                continue;
            }
            float norm = (float) (1 / Math.sqrt(n));
            for (int e = data.start(u); e < data.end(u); e++) {
                int j = data.col(e) * k;
                for (int f = 0; f < k; f++) {
                    implicit[u * k + f] += y[j + f] * norm;
                }
            }
        }
    }

    private float[] gaussian(int size, SplittableRandom rnd) {
        float[] a = new float[size];
        for (int x = 0; x < size; x++) {
            a[x] = (float) (Gaussian.next(rnd) * params.initStd());
        }
        return a;
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    @Override
    public double predict(int user, int item) {
        return min > max ? raw(user, item) : Math.max(min, Math.min(max, raw(user, item)));
    }

    private double raw(int user, int item) {
        boolean knownUser = user >= 0 && user < bu.length;
        boolean knownItem = item >= 0 && item < bi.length;
        double r = mu + (knownUser ? bu[user] : 0) + (knownItem ? bi[item] : 0);
        if (knownUser && knownItem) {
            int k = params.factors();
            for (int f = 0; f < k; f++) {
                r += q[item * k + f] * (p[user * k + f] + implicit[user * k + f]);
            }
        }
        return r;
    }

    @Override
    public void score(int user, float[] scores) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (float) raw(user, i);
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        return Explanation.of(Explanation.Kind.TASTE_PROFILE, List.of());
    }
}
