package io.safesegment.core.recommend.model;

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
            throw new IllegalArgumentException("similarity is required");
        }
        if (neighbours <= 0) {
            throw new IllegalArgumentException("neighbours must be > 0, was " + neighbours);
        }
        if (!(shrinkage >= 0)) {
            throw new IllegalArgumentException("shrinkage must be >= 0, was " + shrinkage);
        }
    }

    /** Cosine, 50 neighbours, shrinkage 10. */
    public static KnnParams defaults() {
        return new KnnParams(Similarity.COSINE, 50, 10);
    }
}
