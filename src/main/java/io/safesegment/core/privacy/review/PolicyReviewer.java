package io.safesegment.core.privacy.review;

import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskResult;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.risk.RiskAnalyzer;
import io.safesegment.core.privacy.risk.RiskReport;
import io.safesegment.core.task.Progress;
import tech.tablesaw.api.Table;

/**
 * Runs one review: masks the table, measures risk before and after over the policy's quasi-identifiers (see
 * {@link RiskColumns}) and the utility cost. The UI re-runs it whenever a rule or role changes.
 */
public final class PolicyReviewer {
    private PolicyReviewer() {
    }

    /**
     * Reviews {@code policy} on {@code table}.
     *
     * @throws io.safesegment.core.privacy.policy.PolicyException naming the column when a rule cannot be applied
     */
    public static PolicyReview review(Table table, MaskingPolicy policy, KeyMaterial keys, Progress progress) {
        MaskResult mask = MaskingEngine.apply(table, policy, keys, progress.slice(0, 0.5));
        RiskReport before = risk(table, policy, progress.slice(0.5, 0.7));
        RiskReport after = risk(mask.masked(), policy, progress.slice(0.7, 0.9));
        UtilityCost cost = UtilityCostCalculator.measure(table, mask.masked(), progress.slice(0.9, 1));
        return new PolicyReview(mask, before, after, cost);
    }

    private static RiskReport risk(Table table, MaskingPolicy policy, Progress progress) {
        if (table.rowCount() == 0) {
            return null;
        }
        return RiskColumns.from(policy.roles(), table.columnNames()).options()
                .map(options -> RiskAnalyzer.analyze(table, options, progress))
                .orElse(null);
    }
}
