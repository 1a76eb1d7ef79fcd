package io.safesegment.core.campaign.offers;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * How long and how to learn.
 *
 * @param episodes customers simulated one after the other (each a sequence of weekly offers), ≥ 10
 * @param steps    weeks per customer (≥ 1)
 * @param points   points of each learning curve (episodes are averaged in that many blocks), 1..episodes
 * @param epsilon  exploration of ε-greedy, Q-learning and SARSA
 * @param alpha    learning rate of Q-learning and SARSA
 * @param gamma    discount of Q-learning and SARSA
 * @param seed     seed of every random draw (recorded)
 */
public record SimulationOptions(int episodes, int steps, int points, double epsilon, double alpha, double gamma,
                                long seed) {
    /** Validates. */
    public SimulationOptions {
        if (episodes < 10 || steps < 1 || points < 1 || points > episodes) {
            throw new LocalizedArgumentException(Message.of("campaign.options.episodes"));
        }
        if (!(epsilon >= 0 && epsilon <= 1) || !(alpha > 0 && alpha <= 1) || !(gamma >= 0 && gamma < 1)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.learning"));
        }
    }

    /** 3,000 episodes of 8 weeks, 30 points, ε 0.1, α 0.1, γ 0.9, seed 1. */
    public static SimulationOptions defaults() {
        return new SimulationOptions(3000, 8, 30, 0.1, 0.1, 0.9, 1);
    }
}
