package io.safesegment.core.campaign.design;

import java.util.List;

/**
 * A designed campaign.
 *
 * @param targetCustomers  distinct customers in the target
 * @param arms             control first, then one arm per offer
 * @param channel          the channel
 * @param seed             the split's seed
 * @param sampleSizePerArm customers per arm needed for the requested effect, or null when not asked
 * @param underpowered     whether an arm (control included) is smaller than that, or null
 * @param assignments      where the assignment list was written, or null
 */
public record DesignResult(int targetCustomers, List<ArmSize> arms, String channel, long seed, Long sampleSizePerArm,
                           Boolean underpowered, String assignments) {
    /** One arm and its size. */
    public record ArmSize(String arm, int customers) {
    }
}
