package io.safesegment.core.campaign.offers;

import java.util.SplittableRandom;

/** A tabular offer policy over the simulator's states. */
public interface Policy {
    /** The policy's name in curves and reports. */
    String name();

    /** The offer to send in {@code state} (may explore). */
    int act(int state, SplittableRandom random);

    /**
     * Learns from one step; {@code nextOffer} is the offer the policy already chose for {@code next} (SARSA uses it,
     * Q-learning and the bandits ignore it). Fixed policies do nothing.
     */
    void learn(int state, int offer, double reward, int next, int nextOffer, boolean done);

    /** The offer the policy would send without exploring. */
    int greedy(int state);
}
