package io.safesegment.core.campaign.stats;

/**
 * Bayesian probability that a treatment's conversion rate beats the control's, with independent uniform Beta(1, 1)
 * priors, so the posteriors are Beta(1 + x, 1 + n − x). Computed exactly with the closed form for integer
 * parameters (Miller 2015, "Formulas for Bayesian A/B testing"):
 * P(p_B &gt; p_A) = Σ_{i=0}^{α_B−1} B(α_A + i, β_A + β_B) / ((β_B + i) B(1 + i, β_B) B(α_A, β_A)).
 * No Monte Carlo, so no seed is needed and the number is reproducible to the last digit.
 */
public final class BetaBinomial {
    private BetaBinomial() {
    }

    /** P(rate of treatment &gt; rate of control) for x successes of n in each group. */
    public static double probabilityToBeat(long xTreatment, long nTreatment, long xControl, long nControl) {
        double alphaB = 1 + xTreatment;
        double betaB = 1 + nTreatment - xTreatment;
        double alphaA = 1 + xControl;
        double betaA = 1 + nControl - xControl;
        double total = 0;
        double lbA = Distributions.logBeta(alphaA, betaA);
        for (int i = 0; i < alphaB; i++) {
            total += Math.exp(Distributions.logBeta(alphaA + i, betaA + betaB) - Math.log(betaB + i)
                    - Distributions.logBeta(1 + i, betaB) - lbA);
        }
        return Math.min(1, Math.max(0, total));
    }
}
