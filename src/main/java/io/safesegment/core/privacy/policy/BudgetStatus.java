package io.safesegment.core.privacy.policy;

/**
 * A dataset's differential-privacy budget: the configured totals and what runs have spent so far.
 *
 * @param datasetId    the dataset the budget belongs to
 * @param totalEpsilon the most ε all releases of the dataset may spend together
 * @param totalDelta   the most δ all releases of the dataset may spend together
 * @param spentEpsilon ε spent so far
 * @param spentDelta   δ spent so far
 */
public record BudgetStatus(String datasetId, double totalEpsilon, double totalDelta, double spentEpsilon,
                           double spentDelta) {
    /** ε still available (never negative). */
    public double remainingEpsilon() {
        return Math.max(0, totalEpsilon - spentEpsilon);
    }

    /** δ still available (never negative). */
    public double remainingDelta() {
        return Math.max(0, totalDelta - spentDelta);
    }

    /** Whether a run costing {@code cost} fits in what remains (with a rounding tolerance). */
    public boolean affords(PrivacyCost cost) {
        return spentEpsilon + cost.epsilon() <= totalEpsilon * (1 + 1e-12)
                && spentDelta + cost.delta() <= totalDelta * (1 + 1e-12);
    }
}
