package io.safesegment.core.recommend.model;

/**
 * Biased matrix factorisation trained by stochastic gradient descent: r̂(u,i) = μ + b_u + b_i + p_u · q_i.
 *
 * @param factors        latent dimensions (&gt; 0)
 * @param epochs         passes over the ratings (&gt; 0)
 * @param learningRate   SGD step (&gt; 0)
 * @param regularization L2 weight on factors and biases (≥ 0)
 * @param initStd        standard deviation of the random initial factors (&gt; 0)
 * @param seed           random seed (initial factors and the per-epoch shuffle)
 */
public record MfParams(int factors, int epochs, double learningRate, double regularization, double initStd,
        long seed) {
    public MfParams {
        if (factors <= 0 || epochs <= 0) {
            throw new IllegalArgumentException("factors and epochs must be > 0");
        }
        if (!(learningRate > 0) || !(regularization >= 0) || !(initStd > 0)) {
            throw new IllegalArgumentException("learningRate and initStd must be > 0, regularization >= 0");
        }
    }

    /**
     * 20 factors, 60 epochs, step 0.02, λ 0.03, init σ 0.1 — tuned on the MovieLens-like synthetic set of
     * RecommendBench (30 epochs at step 0.01 left RMSE at 0.62 instead of 0.43).
     */
    public static MfParams defaults(long seed) {
        return new MfParams(20, 60, 0.02, 0.03, 0.1, seed);
    }
}
