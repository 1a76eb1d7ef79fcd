package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Item-kNN on baseline residuals (Koren 2010 §2.2; Surprise's {@code KNNBaseline} with {@code user_based=False} and
 * the {@code pearson_baseline} similarity).
 *
 * @param neighbours    k: at most this many of the user's rated items most similar to the target item (&gt; 0)
 * @param minNeighbours below this many positive-similarity neighbours the prediction is the baseline alone (≥ 1)
 * @param shrinkage     λ in the damping (n − 1) / (n − 1 + λ) of a similarity resting on n common raters (≥ 0)
 * @param baseline      how the baselines μ + b_u + b_i are fitted
 */
public record KnnBaselineParams(int neighbours, int minNeighbours, double shrinkage, BaselineParams baseline) {
    public KnnBaselineParams {
        if (neighbours <= 0 || minNeighbours < 1) {
            throw new LocalizedArgumentException(Message.of("recommend.model.knnNeighbours"));
        }
        if (!(shrinkage >= 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.shrinkage", String.valueOf(shrinkage)));
        }
        if (baseline == null) {
            throw new LocalizedArgumentException(Message.of("recommend.model.baselineRequired"));
        }
    }

    /** Surprise's defaults: k 40, min_k 1, shrinkage 100, baselines by ALS (λ_u 15, λ_i 10, 10 sweeps). */
    public static KnnBaselineParams defaults() {
        return new KnnBaselineParams(40, 1, 100, BaselineParams.defaults());
    }
}
