package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Bayesian personalised ranking (Rendle et al. 2009) by SGD over (user, positive, sampled negative) triples.
 *
 * @param factors        latent dimensions (&gt; 0)
 * @param epochs         passes; each draws as many triples as there are interactions (&gt; 0)
 * @param learningRate   SGD step (&gt; 0)
 * @param regularization L2 weight (≥ 0)
 * @param seed           random seed (initial factors and sampling)
 */
public record BprParams(int factors, int epochs, double learningRate, double regularization, long seed) {
    public BprParams {
        if (factors <= 0 || epochs <= 0 || !(learningRate > 0) || !(regularization >= 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.bpr"));
        }
    }

    /** 32 factors, 30 epochs, step 0.05, λ 0.002. */
    public static BprParams defaults(long seed) {
        return new BprParams(32, 30, 0.05, 0.002, seed);
    }
}
