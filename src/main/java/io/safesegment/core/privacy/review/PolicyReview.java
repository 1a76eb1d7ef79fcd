package io.safesegment.core.privacy.review;

import io.safesegment.core.privacy.policy.MaskResult;
import io.safesegment.core.privacy.risk.RiskReport;
import java.util.Optional;

/**
 * Everything the privacy officer looks at before an export: the masked table, re-identification risk before and
 * after masking, and the utility cost.
 *
 * @param mask   the masking result (masked table and per-column outcome)
 * @param before risk of the original over its quasi-identifiers, or null when no column is a quasi-identifier
 * @param after  risk of the masked table over the quasi-identifiers that survive, or null when none survives
 * @param cost   the utility cost of masking
 */
public record PolicyReview(MaskResult mask, RiskReport before, RiskReport after, UtilityCost cost) {

    /** The risk before masking, if measured. */
    public Optional<RiskReport> riskBefore() {
        return Optional.ofNullable(before);
    }

    /** The risk after masking, if measured. */
    public Optional<RiskReport> riskAfter() {
        return Optional.ofNullable(after);
    }
}
