package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Item-kNN on baseline residuals (see {@link KnnBaselineParams}):
 * r̂(u,i) = b_ui + Σ_j s_ij (r_uj − b_uj) / Σ_j s_ij over the k items j rated by u with the largest positive
 * similarity to i, where b_ui = μ + b_u + b_i and s_ij is the Pearson correlation of the residuals r − b over the
 * users who rated both, shrunk by (n − 1) / (n − 1 + λ).
 *
 * <p>Unlike Surprise, which keeps the full item × item matrix, each item keeps its {@code 5·k} (at least 100) most
 * similar items: the k neighbours of a prediction are searched in that list, which is exact unless a user rated
 * none of them and only items further down. That keeps memory linear in the catalogue.
 */
public final class KnnBaseline implements Recommender, RatingPredictor {
    private static final int BLOCK = 64;

    private final KnnBaselineParams params;
    private InteractionMatrix data;
    private Baselines baselines;
    private Neighbours neighbours;
    private final ThreadLocal<float[]> residualRow = new ThreadLocal<>();

    public KnnBaseline(KnnBaselineParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "knnbaseline";
    }

    @Override
    public KnnBaselineParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        this.baselines = Baselines.fit(train, params.baseline());
        this.neighbours = similarities(progress);
    }

    /** The fitted neighbour lists (item × its most similar items, positive similarities only). */
    public Neighbours neighbours() {
        return neighbours;
    }

    private Neighbours similarities(Progress progress) {
        InteractionMatrix items = data.transpose();
        int n = items.rows();
        int keep = Math.max(100, 5 * params.neighbours());
        // residual of every stored rating, in the user-major order of data
        float[] resid = new float[data.nnz()];
        for (int u = 0; u < data.rows(); u++) {
            for (int e = data.start(u); e < data.end(u); e++) {
                resid[e] = (float) (data.value(e) - baselines.baseline(u, data.col(e)));
            }
        }
        int[][] idx = new int[n][];
        float[][] sims = new float[n][];
        int blocks = (n + BLOCK - 1) / BLOCK;
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, blocks).parallel().forEach(block -> {
            progress.checkCancelled();
            double[] dot = new double[n];
            double[] sa = new double[n];
            double[] sb = new double[n];
            int[] common = new int[n];
            int[] touched = new int[n];
            for (int i = block * BLOCK; i < Math.min(n, (block + 1) * BLOCK); i++) {
                int nTouched = 0;
                for (int f = items.start(i); f < items.end(i); f++) {
                    int u = items.col(f);
                    double zi = items.value(f) - baselines.baseline(u, i);
                    for (int e = data.start(u); e < data.end(u); e++) {
                        int j = data.col(e);
                        if (j == i) {
                            continue;
                        }
                        if (common[j] == 0) {
                            touched[nTouched++] = j;
                        }
                        double zj = resid[e];
                        common[j]++;
                        dot[j] += zi * zj;
                        sa[j] += zi * zi;
                        sb[j] += zj * zj;
                    }
                }
                float[] candidates = new float[nTouched];
                for (int t = 0; t < nTouched; t++) {
                    int j = touched[t];
                    double denom = Math.sqrt(sa[j] * sb[j]);
                    double s = denom > 0 ? dot[j] / denom : 0;
                    double damp = common[j] - 1 + params.shrinkage();
                    s = damp > 0 ? s * (common[j] - 1) / damp : 0; // one common rater and no shrinkage: no evidence
                    candidates[t] = s > 0 ? (float) s : Float.NEGATIVE_INFINITY;
                    dot[j] = 0;
                    sa[j] = 0;
                    sb[j] = 0;
                    common[j] = 0;
                }
                int[] best = TopN.select(candidates, keep);
                idx[i] = new int[best.length];
                sims[i] = new float[best.length];
                for (int t = 0; t < best.length; t++) {
                    idx[i][t] = touched[best[t]];
                    sims[i][t] = candidates[best[t]];
                }
            }
            int d = done.incrementAndGet();
            synchronized (progress) {
                progress.report((double) d / blocks,
                        Message.of("progress.model.neighbours", Math.min(n, d * BLOCK), n));
            }
        });
        int[] ptr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            ptr[i + 1] = ptr[i] + idx[i].length;
        }
        int[] index = new int[ptr[n]];
        float[] sim = new float[ptr[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(idx[i], 0, index, ptr[i], idx[i].length);
            System.arraycopy(sims[i], 0, sim, ptr[i], sims[i].length);
        }
        return new Neighbours(ptr, index, sim);
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    /** The residuals r_uj − b_uj of u's ratings in a dense per-thread row (NaN where u did not rate). */
    private float[] residuals(int user) {
        float[] row = residualRow.get();
        if (row == null || row.length != data.items().size()) {
            row = new float[data.items().size()];
            residualRow.set(row);
        }
        Arrays.fill(row, Float.NaN);
        for (int e = data.start(user); e < data.end(user); e++) {
            int j = data.col(e);
            row[j] = (float) (data.value(e) - baselines.baseline(user, j));
        }
        return row;
    }

    private double estimate(int user, int item, float[] resid) {
        double est = baselines.baseline(user, item);
        if (item < 0 || item >= neighbours.ptr().length - 1) {
            return est;
        }
        double sum = 0;
        double weight = 0;
        int found = 0;
        int[] ptr = neighbours.ptr();
        for (int f = ptr[item]; f < ptr[item + 1] && found < params.neighbours(); f++) {
            float r = resid[neighbours.index()[f]];
            if (!Float.isNaN(r)) {
                double s = neighbours.sim()[f];
                sum += s * r;
                weight += s;
                found++;
            }
        }
        return found >= params.minNeighbours() && weight > 0 ? est + sum / weight : est;
    }

    @Override
    public double predict(int user, int item) {
        if (user < 0 || user >= data.rows()) {
            return baselines.clip(baselines.baseline(-1, item));
        }
        return baselines.clip(estimate(user, item, residuals(user)));
    }

    @Override
    public void score(int user, float[] scores) {
        if (user < 0 || user >= data.rows()) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] = (float) baselines.baseline(-1, i);
            }
            return;
        }
        float[] resid = residuals(user);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (float) estimate(user, i, resid);
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        if (user < 0 || user >= data.rows()) {
            return Explanation.of(Explanation.Kind.POPULAR, List.of());
        }
        List<String> related = new ArrayList<>();
        int[] ptr = neighbours.ptr();
        for (int f = ptr[item]; f < ptr[item + 1] && related.size() < 2; f++) {
            int j = neighbours.index()[f];
            if (data.contains(user, j)) {
                related.add(data.items().id(j));
            }
        }
        return Explanation.of(Explanation.Kind.CO_PURCHASE, related);
    }
}
