package io.safesegment.core.value;

/** Where the expected spend per purchase of the CLV comes from. */
public enum SpendModel {
    /** Gamma-Gamma's conditional expected average spend. */
    GAMMA_GAMMA,
    /**
     * Gamma-Gamma was refused (spend follows frequency, or q ≤ 1): each repeat buyer's own mean repeat spend, and the
     * repeat buyers' mean for customers without a repeat purchase. Plainer, with no shrinkage towards the mean, but
     * still a CLV a marketer can rank by; reports say which model was used.
     */
    OBSERVED_MEAN,
    /** No amount column: no spend, no CLV. */
    NONE
}
