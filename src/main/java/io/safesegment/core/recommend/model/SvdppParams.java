package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * SVD++ (Koren 2008): r̂(u,i) = μ + b_u + b_i + q_i · (p_u + |N(u)|^-½ Σ_{j∈N(u)} y_j), where N(u) are the items u
 * rated (the implicit feedback: <em>which</em> items a user chose to rate says something about their taste).
 *
 * @param factors        latent dimensions (&gt; 0)
 * @param epochs         passes over the ratings (&gt; 0)
 * @param learningRate   SGD step for every parameter (&gt; 0)
 * @param regularization L2 weight for every parameter (≥ 0)
 * @param initStd        σ of the random initial p, q and y (&gt; 0)
 * @param seed           random seed (initial factors and the per-epoch order of users)
 */
public record SvdppParams(int factors, int epochs, double learningRate, double regularization, double initStd,
        long seed) {
    public SvdppParams {
        if (factors <= 0 || epochs <= 0) {
            throw new LocalizedArgumentException(Message.of("recommend.model.factorsEpochs"));
        }
        if (!(learningRate > 0) || !(regularization >= 0) || !(initStd > 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.learningRate"));
        }
    }

    /**
     * 20 factors, 30 epochs, step 0.007, λ 0.08, init σ 0.1: Surprise's factors and step; more epochs and a larger λ
     * (20 and 0.02 there) did better on the realistic ratings set of decision 0027 (5-fold RMSE 0.855 against 0.862
     * with 20 epochs and λ 0.05).
     */
    public static SvdppParams defaults(long seed) {
        return new SvdppParams(20, 30, 0.007, 0.08, 0.1, seed);
    }

    /** The same with another number of epochs (what early stopping chose). */
    public SvdppParams withEpochs(int n) {
        return new SvdppParams(factors, n, learningRate, regularization, initStd, seed);
    }
}
