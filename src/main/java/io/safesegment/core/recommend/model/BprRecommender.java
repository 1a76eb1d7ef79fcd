package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.SplittableRandom;

/** BPR-MF with item biases, trained single-threaded so that a seed reproduces the model; see {@link BprParams}. */
public final class BprRecommender implements Recommender {
    private static final int NEGATIVE_TRIES = 20;

    private final BprParams params;
    private InteractionMatrix data;
    private float[] p;
    private float[] q;
    private float[] bias;

    public BprRecommender(BprParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "bpr";
    }

    @Override
    public BprParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        int k = params.factors();
        int nItems = train.items().size();
        SplittableRandom rnd = new SplittableRandom(params.seed());
        p = new float[train.rows() * k];
        q = new float[nItems * k];
        bias = new float[nItems];
        for (int a = 0; a < p.length; a++) {
            p[a] = (float) (Gaussian.next(rnd) * 0.1);
        }
        for (int a = 0; a < q.length; a++) {
            q[a] = (float) (Gaussian.next(rnd) * 0.1);
        }
        int n = train.nnz();
        if (n == 0 || nItems < 2) {
            return;
        }
        int[] rowOf = new int[n];
        for (int u = 0; u < train.rows(); u++) {
            for (int e = train.start(u); e < train.end(u); e++) {
                rowOf[e] = u;
            }
        }
        float lr = (float) params.learningRate();
        float reg = (float) params.regularization();
        for (int epoch = 0; epoch < params.epochs(); epoch++) {
            progress.checkCancelled();
            for (int s = 0; s < n; s++) {
                int e = rnd.nextInt(n);
                int u = rowOf[e];
                int i = train.col(e);
                int j = -1;
                for (int t = 0; t < NEGATIVE_TRIES; t++) {
                    int c = rnd.nextInt(nItems);
                    if (!train.contains(u, c)) {
                        j = c;
                        break;
                    }
                }
                if (j < 0) {
                    continue;
                }
                int pu = u * k;
                int qi = i * k;
                int qj = j * k;
                float xuij = bias[i] - bias[j];
                for (int f = 0; f < k; f++) {
                    xuij += p[pu + f] * (q[qi + f] - q[qj + f]);
                }
                float g = (float) (1.0 / (1.0 + Math.exp(xuij))); // σ(−x)
                bias[i] += lr * (g - reg * bias[i]);
                bias[j] += lr * (-g - reg * bias[j]);
                for (int f = 0; f < k; f++) {
                    float pf = p[pu + f];
                    float qif = q[qi + f];
                    float qjf = q[qj + f];
                    p[pu + f] += lr * (g * (qif - qjf) - reg * pf);
                    q[qi + f] += lr * (g * pf - reg * qif);
                    q[qj + f] += lr * (-g * pf - reg * qjf);
                }
            }
            progress.report((epoch + 1.0) / params.epochs(), Message.of("progress.model.bpr", epoch + 1, params.epochs()));
        }
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
        for (int i = 0; i < scores.length; i++) {
            float s = bias[i];
            for (int f = 0; f < k; f++) {
                s += p[user * k + f] * q[i * k + f];
            }
            scores[i] = s;
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        return Explanation.of(Explanation.Kind.TASTE_PROFILE, LatentExplain.closest(data, q, params.factors(), user, item));
    }
}
