package io.safesegment.core.campaign.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** FP-growth rules against brute-force counting over every itemset of small random order sets. */
class FrequentItemsetsTest {

    private static Table orders(List<List<String>> baskets) {
        StringColumn order = StringColumn.create("order_id");
        StringColumn product = StringColumn.create("product_id");
        for (int b = 0; b < baskets.size(); b++) {
            for (String item : baskets.get(b)) {
                order.append("O" + b);
                product.append(item);
            }
        }
        return Table.create("orders", order, product);
    }

    /** Brute force: every rule A → C over itemsets of at most {@code maxItems} of the items, by counting. */
    private static Map<String, double[]> bruteForce(List<List<String>> baskets, List<String> items,
                                                    RuleOptions options) {
        int n = baskets.size();
        Map<String, double[]> rules = new HashMap<>();
        int m = items.size();
        for (int set = 1; set < (1 << m); set++) {
            if (Integer.bitCount(set) < 2 || Integer.bitCount(set) > options.maxItems()) {
                continue;
            }
            for (int a = set; a > 0; a = (a - 1) & set) {
                int c = set & ~a;
                if (c == 0) {
                    continue;
                }
                int both = count(baskets, items, set);
                int ante = count(baskets, items, a);
                int cons = count(baskets, items, c);
                if (both < Math.ceil(options.minSupport() * n - 1e-9) || both == 0) {
                    continue;
                }
                double confidence = (double) both / ante;
                double lift = confidence / ((double) cons / n);
                if (confidence + 1e-12 >= options.minConfidence() && lift + 1e-12 >= options.minLift()) {
                    rules.put(name(items, a) + "->" + name(items, c), new double[] {(double) both / n, confidence,
                            lift});
                }
            }
        }
        return rules;
    }

    private static int count(List<List<String>> baskets, List<String> items, int set) {
        int count = 0;
        for (List<String> basket : baskets) {
            boolean all = true;
            for (int i = 0; i < items.size(); i++) {
                if ((set & (1 << i)) != 0 && !basket.contains(items.get(i))) {
                    all = false;
                }
            }
            count += all ? 1 : 0;
        }
        return count;
    }

    private static String name(List<String> items, int set) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if ((set & (1 << i)) != 0) {
                names.add(items.get(i));
            }
        }
        names.sort(null);
        return String.join(",", names);
    }

    @Test
    void rulesEqualBruteForceOnRandomOrderSets() {
        List<String> items = List.of("apple", "bread", "cheese", "dates", "eggs", "flour", "grapes");
        for (long seed = 1; seed <= 12; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<List<String>> baskets = new ArrayList<>();
            int n = 20 + random.nextInt(40);
            for (int b = 0; b < n; b++) {
                List<String> basket = new ArrayList<>();
                for (String item : items) {
                    // correlated pairs: bread with cheese, eggs with flour
                    double p = item.equals("cheese") && basket.contains("bread") ? 0.8
                            : item.equals("flour") && basket.contains("eggs") ? 0.7 : 0.3;
                    if (random.nextDouble() < p) {
                        basket.add(item);
                    }
                }
                if (!basket.isEmpty()) {
                    baskets.add(basket);
                }
            }
            RuleOptions options = new RuleOptions(0.05 + 0.02 * (seed % 4), 0.1 * (seed % 5), seed % 3 == 0 ? 1.0
                    : 0, 2 + (int) (seed % 3));
            RulesResult result = CampaignService.rules(orders(baskets), RoleMapping.empty(), options, "orders",
                    Progress.NONE);
            Map<String, double[]> expected = bruteForce(baskets, items, options);
            assertEquals(baskets.size(), result.baskets());
            assertEquals(expected.size(), result.rules().size(), "seed " + seed);
            for (AssociationRule rule : result.rules()) {
                double[] e = expected.get(String.join(",", rule.antecedent()) + "->"
                        + String.join(",", rule.consequent()));
                assertTrue(e != null, "unexpected rule " + rule);
                assertEquals(e[0], rule.support(), 1e-12);
                assertEquals(e[1], rule.confidence(), 1e-12);
                assertEquals(e[2], rule.lift(), 1e-12);
            }
        }
    }

    @Test
    void boughtWithAndExplanationHook() {
        List<List<String>> baskets = List.of(List.of("a", "b"), List.of("a", "b"), List.of("a", "b", "c"),
                List.of("a", "c"), List.of("c"));
        RulesResult result = CampaignService.rules(orders(baskets), RoleMapping.empty(),
                new RuleOptions(0.2, 0.5, 0, 2), "orders", Progress.NONE);
        List<AssociationRule> withA = CampaignService.boughtWith(result, "a", 5);
        assertEquals(List.of("b"), withA.get(0).consequent()); // a→b: conf 3/4, lift 0.75/0.6 = 1.25
        assertEquals(0.75, withA.get(0).confidence(), 1e-12);
        assertEquals(1.25, withA.get(0).lift(), 1e-12);
        assertEquals(List.of("a"), CampaignService.explain(result, List.of("a", "z"), "b").orElseThrow()
                .antecedent());
        assertTrue(CampaignService.explain(result, List.of("z"), "b").isEmpty());
    }
}
