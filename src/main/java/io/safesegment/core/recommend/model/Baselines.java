package io.safesegment.core.recommend.model;

import io.safesegment.core.recommend.data.InteractionMatrix;

/**
 * Fitted baseline estimates μ + b_u + b_i (see {@link BaselineParams}), shared by {@link BaselineOnly} and
 * {@link KnnBaseline}; also the rating range predictions are clipped to (Surprise clips to the rating scale).
 */
final class Baselines {
    final double mu;
    final double[] bu;
    final double[] bi;
    final float min;
    final float max;

    private Baselines(double mu, double[] bu, double[] bi, float min, float max) {
        this.mu = mu;
        this.bu = bu;
        this.bi = bi;
        this.min = min;
        this.max = max;
    }

    static Baselines fit(InteractionMatrix train, BaselineParams params) {
        double mu = train.globalMean();
        InteractionMatrix items = train.transpose();
        double[] bu = new double[train.rows()];
        double[] bi = new double[items.rows()];
        for (int epoch = 0; epoch < params.epochs(); epoch++) {
            for (int i = 0; i < items.rows(); i++) {
                double dev = 0;
                for (int e = items.start(i); e < items.end(i); e++) {
                    dev += items.value(e) - mu - bu[items.col(e)];
                }
                bi[i] = dev / (params.regItem() + items.rowLength(i));
            }
            for (int u = 0; u < train.rows(); u++) {
                double dev = 0;
                for (int e = train.start(u); e < train.end(u); e++) {
                    dev += train.value(e) - mu - bi[train.col(e)];
                }
                bu[u] = dev / (params.regUser() + train.rowLength(u));
            }
        }
        return new Baselines(mu, bu, bi, min(train), max(train));
    }

    /** μ + b_u + b_i, with 0 for an unknown user or item. */
    double baseline(int user, int item) {
        return mu + (user >= 0 && user < bu.length ? bu[user] : 0) + (item >= 0 && item < bi.length ? bi[item] : 0);
    }

    double clip(double r) {
        return min > max ? r : Math.max(min, Math.min(max, r));
    }

    static float min(InteractionMatrix m) {
        float v = Float.POSITIVE_INFINITY;
        for (int e = 0; e < m.nnz(); e++) {
            v = Math.min(v, m.value(e));
        }
        return v;
    }

    static float max(InteractionMatrix m) {
        float v = Float.NEGATIVE_INFINITY;
        for (int e = 0; e < m.nnz(); e++) {
            v = Math.max(v, m.value(e));
        }
        return v;
    }
}
