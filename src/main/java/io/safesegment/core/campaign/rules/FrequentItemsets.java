package io.safesegment.core.campaign.rules;

import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import smile.association.FPGrowth;
import smile.association.FPTree;
import smile.association.ItemSet;

/**
 * Frequent itemsets by Smile's FP-growth (Han, Pei &amp; Yin 2000) and the rules they imply (Agrawal &amp; Srikant
 * 1994): for each frequent itemset I and each non-empty proper subset A, the rule A → I∖A with support s(I),
 * confidence s(I)/s(A) and lift confidence/s(I∖A). Every subset of a frequent itemset is frequent, so all supports
 * needed are at hand. Smile supplies the itemsets; the rules are ours so that their three measures are computed one
 * documented way.
 */
public final class FrequentItemsets {
    private FrequentItemsets() {
    }

    /** Mines {@code baskets} with {@code options}. */
    public static RulesResult mine(Baskets baskets, RuleOptions options, Progress progress) {
        int n = baskets.baskets().size();
        int minCount = Math.max(1, (int) Math.ceil(options.minSupport() * n - 1e-9));
        Map<List<Integer>, Integer> support = new HashMap<>();
        if (n > 0) {
            int[][] data = baskets.baskets().toArray(new int[0][]);
            FPTree tree = FPTree.of(minCount, data);
            FPGrowth.apply(tree).forEach((ItemSet set) -> {
                if (set.items().length <= options.maxItems()) {
                    support.put(key(set.items()), set.support());
                }
            });
        }
        progress.checkCancelled();
        List<AssociationRule> rules = new ArrayList<>();
        for (Map.Entry<List<Integer>, Integer> e : support.entrySet()) {
            List<Integer> items = e.getKey();
            if (items.size() < 2) {
                continue;
            }
            int size = items.size();
            for (int mask = 1; mask < (1 << size) - 1; mask++) {
                List<Integer> a = new ArrayList<>();
                List<Integer> c = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    ((mask & (1 << i)) != 0 ? a : c).add(items.get(i));
                }
                double sBoth = (double) e.getValue() / n;
                double confidence = (double) e.getValue() / support.get(a);
                double lift = confidence / ((double) support.get(c) / n);
                if (confidence + 1e-12 >= options.minConfidence() && lift + 1e-12 >= options.minLift()) {
                    rules.add(new AssociationRule(names(a, baskets), names(c, baskets), sBoth, confidence, lift,
                            e.getValue()));
                }
            }
        }
        rules.sort(Comparator.comparingDouble(AssociationRule::lift).reversed()
                .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
                .thenComparing(Comparator.comparingDouble(AssociationRule::support).reversed())
                .thenComparing(r -> String.join(",", r.antecedent()) + "->" + String.join(",", r.consequent())));
        return new RulesResult(n, baskets.items().size(), baskets.basketKey(), baskets.skippedRows(), support.size(),
                options, List.copyOf(rules));
    }

    private static List<Integer> key(int[] items) {
        int[] sorted = items.clone();
        Arrays.sort(sorted);
        return Arrays.stream(sorted).boxed().toList();
    }

    private static List<String> names(List<Integer> items, Baskets baskets) {
        return items.stream().map(baskets.items()::get).sorted().toList();
    }
}
