package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Biased matrix factorisation for explicit ratings (Koren, Bell &amp; Volinsky 2009), trained by SGD in one thread so
 * that a seed gives identical factors. Also ranks items by predicted rating.
 */
public final class MatrixFactorization implements Recommender, RatingPredictor {
    private final MfParams params;
    private InteractionMatrix data;
    private double mu;
    private float[] bu;
    private float[] bi;
    private float[] p;
    private float[] q;
    private float min = Float.POSITIVE_INFINITY;
    private float max = Float.NEGATIVE_INFINITY;

    public MatrixFactorization(MfParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "mf";
    }

    @Override
    public MfParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        fit(train, progress, EpochListener.NONE);
    }

    /** Fits, calling {@code listener} after every epoch (early stopping on a held-out part). */
    public void fit(InteractionMatrix train, Progress progress, EpochListener listener) {
        this.data = train;
        this.min = Baselines.min(train);
        this.max = Baselines.max(train);
        int k = params.factors();
        int nu = train.rows();
        int ni = train.items().size();
        SplittableRandom rnd = new SplittableRandom(params.seed());
        mu = train.globalMean();
        bu = new float[nu];
        bi = new float[ni];
        p = gaussian(nu * k, rnd);
        q = gaussian(ni * k, rnd);
        int n = train.nnz();
        int[] rowOf = new int[n];
        for (int u = 0; u < nu; u++) {
            for (int e = train.start(u); e < train.end(u); e++) {
                rowOf[e] = u;
            }
        }
        int[] order = new int[n];
        for (int e = 0; e < n; e++) {
            order[e] = e;
        }
        float lr = (float) params.learningRate();
        float reg = (float) params.regularization();
        for (int epoch = 0; epoch < params.epochs(); epoch++) {
            progress.checkCancelled();
            shuffle(order, rnd);
            for (int e : order) {
                int u = rowOf[e];
                int i = train.col(e);
                int pu = u * k;
                int qi = i * k;
                float dot = 0;
                for (int f = 0; f < k; f++) {
                    dot += p[pu + f] * q[qi + f];
                }
                float err = (float) (train.value(e) - (mu + bu[u] + bi[i] + dot));
                bu[u] += lr * (err - reg * bu[u]);
                bi[i] += lr * (err - reg * bi[i]);
                for (int f = 0; f < k; f++) {
                    float pf = p[pu + f];
                    float qf = q[qi + f];
                    p[pu + f] += lr * (err * qf - reg * pf);
                    q[qi + f] += lr * (err * pf - reg * qf);
                }
            }
            progress.report((epoch + 1.0) / params.epochs(), Message.of("progress.model.mf", epoch + 1, params.epochs()));
            if (!listener.afterEpoch(epoch + 1)) {
                break;
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

    static void shuffle(int[] a, SplittableRandom rnd) {
        for (int x = a.length - 1; x > 0; x--) {
            int y = rnd.nextInt(x + 1);
            int t = a[x];
            a[x] = a[y];
            a[y] = t;
        }
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    /** The predicted rating, clipped to the range of the training ratings (as Surprise clips to the scale). */
    @Override
    public double predict(int user, int item) {
        double r = raw(user, item);
        return min > max ? r : Math.max(min, Math.min(max, r));
    }

    private double raw(int user, int item) {
        boolean knownUser = user >= 0 && user < bu.length;
        boolean knownItem = item >= 0 && item < bi.length;
        double r = mu + (knownUser ? bu[user] : 0) + (knownItem ? bi[item] : 0);
        if (knownUser && knownItem) {
            int k = params.factors();
            for (int f = 0; f < k; f++) {
                r += p[user * k + f] * q[item * k + f];
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
