package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Implicit-feedback ALS (Hu, Koren &amp; Volinsky 2008): preference p = 1 for every observed entry, confidence
 * c = 1 + α·value; each half-step solves (YᵀY + Yᵀ(C_u − I)Y + λI) x_u = Yᵀ C_u p_u with a few warm-started
 * conjugate-gradient steps (Takács et al. 2011) instead of a k×k factorisation.
 *
 * @param factors        latent dimensions (&gt; 0)
 * @param iterations     alternating sweeps (&gt; 0)
 * @param regularization λ (&gt; 0)
 * @param alpha          confidence scale α (&gt; 0)
 * @param cgSteps        conjugate-gradient steps per solve (&gt; 0; 3 is usually enough with warm starts)
 * @param seed           random seed of the initial factors
 */
public record AlsParams(int factors, int iterations, double regularization, double alpha, int cgSteps, long seed) {
    public AlsParams {
        if (factors <= 0 || iterations <= 0 || cgSteps <= 0) {
            throw new LocalizedArgumentException(Message.of("recommend.model.alsCounts"));
        }
        if (!(regularization > 0) || !(alpha > 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.alsPositive"));
        }
    }

    /**
     * 32 factors, 15 iterations, λ 300, α 10, 3 CG steps. λ is absolute, so it has to match the scale of the
     * confidence terms 1 + α·count and of YᵀY; chosen by inner validation on two realistic purchase sets (decision
     * 0039; the former λ 0.1 left ALS below popularity there).
     */
    public static AlsParams defaults(long seed) {
        return new AlsParams(32, 15, 300, 10, 3, seed);
    }
}
