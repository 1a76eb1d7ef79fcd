package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.mask.NoiseOperator;

/**
 * The differential-privacy budget one run of a policy spends on a dataset: the sum of the ε and δ of its noise
 * rules (basic sequential composition — every noised column is a separate release about the same people).
 *
 * @param epsilon total ε, ≥ 0
 * @param delta   total δ, ≥ 0
 */
public record PrivacyCost(double epsilon, double delta) {
    /** No differential-privacy release. */
    public static final PrivacyCost NONE = new PrivacyCost(0, 0);

    /** Validates the numbers. */
    public PrivacyCost {
        if (!(epsilon >= 0) || !(delta >= 0) || Double.isInfinite(epsilon) || Double.isInfinite(delta)) {
            throw new LocalizedArgumentException(Message.of("policy.privacyCost.privacyCostMustBe"));
        }
    }

    /** The cost of one run of {@code policy} (every rule must build; check the policy first). */
    public static PrivacyCost of(MaskingPolicy policy) {
        double epsilon = 0;
        double delta = 0;
        for (MaskingRule rule : policy.rules()) {
            if (rule.operator().equals(NoiseOperator.ID) && OperatorFactory.create(rule) instanceof NoiseOperator noise) {
                epsilon += noise.epsilon();
                delta += noise.delta();
            }
        }
        return new PrivacyCost(epsilon, delta);
    }

    /** Whether the policy makes any differential-privacy release. */
    public boolean isZero() {
        return epsilon == 0 && delta == 0;
    }
}
