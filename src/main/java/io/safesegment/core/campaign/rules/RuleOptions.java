package io.safesegment.core.campaign.rules;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Thresholds of frequently-bought-together mining.
 *
 * @param minSupport    share of baskets that must contain the whole itemset (0 &lt; s ≤ 1)
 * @param minConfidence P(consequent | antecedent) at least this (0 ≤ c ≤ 1)
 * @param minLift       confidence / P(consequent) at least this (≥ 0; 1 = no better than chance)
 * @param maxItems      largest itemset mined (2 = pairs only; ≥ 2)
 */
public record RuleOptions(double minSupport, double minConfidence, double minLift, int maxItems) {
    /** Validates. */
    public RuleOptions {
        if (!(minSupport > 0 && minSupport <= 1)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.minSupport", String.valueOf(minSupport)));
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.minConfidence",
                    String.valueOf(minConfidence)));
        }
        if (!(minLift >= 0) || maxItems < 2) {
            throw new LocalizedArgumentException(Message.of("campaign.options.minLift"));
        }
    }
}
