package io.safesegment.core.campaign.rules;

import java.util.List;

/**
 * Mined rules.
 *
 * @param baskets          baskets mined
 * @param products         distinct products
 * @param basketKey        {@link Baskets#BY_ORDER} or {@link Baskets#BY_CUSTOMER_DAY}
 * @param skippedRows      rows without product or basket key
 * @param frequentItemsets itemsets (of any size ≥ 1) at the minimum support
 * @param options          the thresholds
 * @param rules            rules passing every threshold, by lift, then confidence, then support (descending)
 */
public record RulesResult(int baskets, int products, String basketKey, int skippedRows, int frequentItemsets,
                          RuleOptions options, List<AssociationRule> rules) {
}
