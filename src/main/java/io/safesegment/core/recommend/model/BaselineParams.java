package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Baseline estimates r̂(u,i) = μ + b_u + b_i fitted by alternating least squares, as Surprise's {@code BaselineOnly}
 * with {@code method='als'}: each sweep sets b_i = Σ_u (r_ui − μ − b_u) / (λ_i + |U_i|), then
 * b_u = Σ_i (r_ui − μ − b_i) / (λ_u + |I_u|).
 *
 * @param epochs        alternating sweeps (&gt; 0)
 * @param regUser       λ_u (≥ 0): shrinks the bias of users with few ratings towards 0
 * @param regItem       λ_i (≥ 0): shrinks the bias of items with few ratings towards 0
 */
public record BaselineParams(int epochs, double regUser, double regItem) {
    public BaselineParams {
        if (epochs <= 0) {
            throw new LocalizedArgumentException(Message.of("recommend.model.epochs", epochs));
        }
        if (!(regUser >= 0) || !(regItem >= 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.regularisation"));
        }
    }

    /** Surprise's defaults: 10 sweeps, λ_u 15, λ_i 10 (they also did best in the inner-validation grid of 0027). */
    public static BaselineParams defaults() {
        return new BaselineParams(10, 15, 10);
    }
}
