package io.safesegment.core.campaign.rules;

import java.util.List;

/**
 * "Customers who bought {@code antecedent} also bought {@code consequent}". Field names are the CLI contract.
 *
 * @param antecedent product ids bought
 * @param consequent product ids also bought
 * @param support    share of baskets with both
 * @param confidence support(both) / support(antecedent)
 * @param lift       confidence / support(consequent)
 * @param baskets    number of baskets with both
 */
public record AssociationRule(List<String> antecedent, List<String> consequent, double support, double confidence,
                              double lift, int baskets) {
}
