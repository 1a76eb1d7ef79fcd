package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.Message;
import java.util.List;

/**
 * The risk of a masked table measured against a policy's {@link RiskTargets}.
 *
 * @param targets        the policy's targets
 * @param rows           rows of the masked table
 * @param suppressedRows rows whose quasi-identifiers are all {@code *}
 * @param smallestClass  size of the smallest released class (0 when no row is released)
 * @param highestRisk    highest prosecutor risk of the released rows (1 / smallest class; 0 when none released)
 * @param measuredL      l of the policy's variant over the released classes, or NaN when l is not a target
 * @param measuredT      largest equal-distance EMD of a released class, or NaN when t is not a target
 * @param misses         the targets missed, in the order k, l, t, maxRisk, maxSuppression
 */
public record RiskTargetCheck(RiskTargets targets, int rows, int suppressedRows, int smallestClass,
                              double highestRisk, double measuredL, double measuredT, List<RiskTargetMiss> misses) {
    /** Copies the list. */
    public RiskTargetCheck {
        misses = List.copyOf(misses);
    }

    /** Whether every target is met. */
    public boolean met() {
        return misses.isEmpty();
    }

    /** One sentence per missed target, joined ("k-anonymity: target 5, measured 2; …"). */
    public Message summary() {
        return Message.join("; ", misses.stream().map(RiskTargetMiss::message).toList());
    }
}
