package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Neighbourhood model settings.
 *
 * @param similarity  cosine, Pearson or adjusted cosine
 * @param neighbours  k, the neighbours kept per object (&gt; 0)
 * @param shrinkage   λ in n/(n+λ) damping of similarities on few common raters (≥ 0)
 */
public record KnnParams(Similarity similarity, int neighbours, double shrinkage) {
    public KnnParams {
        if (similarity == null) {
            throw new LocalizedArgumentException(Message.of("recommend.model.similarityRequired"));
        }
        if (neighbours <= 0) {
            throw new LocalizedArgumentException(Message.of("recommend.model.neighbours", neighbours));
        }
        if (!(shrinkage >= 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.shrinkage", String.valueOf(shrinkage)));
        }
    }

    /** Cosine, 50 neighbours, shrinkage 10. */
    public static KnnParams defaults() {
        return new KnnParams(Similarity.COSINE, 50, 10);
    }
}
