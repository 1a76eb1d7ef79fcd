package io.safesegment.core.campaign.offers;

import java.util.List;

/**
 * Learning curves of every policy on the same simulator.
 *
 * @param offers      offer names (actions)
 * @param states      state names
 * @param bestOffers  the model's best one-step offer per state (what the bandits should find)
 * @param calibration the simulator's calibrated numbers
 * @param options     the run's options (seed included)
 * @param policies    one curve per policy, baselines included
 */
public record SimulationResult(List<String> offers, List<String> states, List<String> bestOffers,
                               Calibration calibration, SimulationOptions options, List<PolicyCurve> policies) {

    /**
     * The simulator's inputs as calibrated from transactions (or defaults).
     *
     * @param basePurchase weekly purchase probability per recency class (active, lapsing, lapsed)
     * @param orderValue   mean order value per class
     * @param startShares  customers per class at the reference date
     * @param margin       gross margin assumed
     * @param customers    customers the calibration used (0 = defaults)
     */
    public record Calibration(double[] basePurchase, double[] orderValue, double[] startShares, double margin,
                              int customers) {
    }

    /**
     * One policy's curve.
     *
     * @param policy       name
     * @param curve        mean reward per episode in each block of episodes (x = episodes so far)
     * @param meanReward   mean reward per episode over the whole run
     * @param finalReward  mean reward per episode over the last block
     * @param greedyOffers the offer the policy picks per state at the end, without exploring
     */
    public record PolicyCurve(String policy, double[] curve, double meanReward, double finalReward,
                              List<String> greedyOffers) {
    }
}
