package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Implicit-feedback ALS (Hu, Koren &amp; Volinsky 2008): preference p = 1 for every observed entry, confidence
 * c = 1 + α·value; each half-step solves (YᵀY + Yᵀ(C_u − I)Y + λ·s·I) x_u = Yᵀ C_u p_u with a few warm-started
 * conjugate-gradient steps (Takács et al. 2011) instead of a k×k factorisation. λ is relative to the data's scale
 * s = √(Σ_ui c_ui) over the training entries (decision 0039), so one λ suits small and large sets.
 *
 * @param factors        latent dimensions (&gt; 0)
 * @param iterations     alternating sweeps (&gt; 0)
 * @param regularization λ in units of √(Σ c) (&gt; 0)
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
     * 32 factors, 15 iterations, λ 0.2 (relative), α 10, 3 CG steps; chosen by inner validation on realistic purchase
     * sets of 2,000 to 50,000 customers (decision 0039; the former absolute λ 0.1 left ALS below popularity there).
     */
    public static AlsParams defaults(long seed) {
        return new AlsParams(32, 15, 0.2, 10, 3, seed);
    }
}
