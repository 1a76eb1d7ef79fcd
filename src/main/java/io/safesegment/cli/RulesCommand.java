package io.safesegment.cli;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.rules.AssociationRule;
import io.safesegment.core.campaign.rules.BasketScope;
import io.safesegment.core.campaign.rules.RuleOptions;
import io.safesegment.core.campaign.rules.RulesResult;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment rules}: frequently bought together (FP-growth association rules). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Frequently bought together: FP-growth association rules on orders (order id + product),",
                "or on customer-days when no order id is mapped, with support, confidence and lift."})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--transactions", required = true, paramLabel = "FILE",
            description = "Transactions CSV: product id and order id (or customer id and timestamp), by role.")
    Path transactions;

    @Mixin
    RoleMapMixin roleMap;

    @Option(names = "--min-support", defaultValue = "0.01",
            description = "Share of baskets containing the itemset (default: ${DEFAULT-VALUE}).")
    double minSupport;

    @Option(names = "--min-confidence", defaultValue = "0.2", description = "Default: ${DEFAULT-VALUE}.")
    double minConfidence;

    @Option(names = "--min-lift", defaultValue = "1.0", description = "Default: ${DEFAULT-VALUE}.")
    double minLift;

    @Option(names = "--max-items", defaultValue = "3", description = "Largest itemset (default: ${DEFAULT-VALUE}).")
    int maxItems;

    @Option(names = "--basket", defaultValue = "AUTO", paramLabel = "SCOPE",
            description = "What a basket is: AUTO (orders, else customer-days), ORDER, CUSTOMER_DAY or CUSTOMER "
                    + "(whole purchase history; default: ${DEFAULT-VALUE}).")
    BasketScope basket;

    @Option(names = "--top", defaultValue = "100", description = "Rules listed, strongest lift first "
            + "(default: ${DEFAULT-VALUE}; 0 = all).")
    int top;

    @Option(names = "--product", paramLabel = "ID", description = "Only the 'bought with' list of this product.")
    String product;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        RulesResult result = CampaignService.rules(new CampaignService.RulesRequest(transactions, roleMap.roles(),
                new RuleOptions(minSupport, minConfidence, minLift, maxItems), basket), new CancellationToken());
        List<AssociationRule> rules = product != null
                ? CampaignService.boughtWith(result, product, top <= 0 ? Integer.MAX_VALUE : top)
                : result.rules().stream().limit(top <= 0 ? Long.MAX_VALUE : top).toList();
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, new Report(result.baskets(), result.products(), result.basketKey(), result.skippedRows(),
                    result.frequentItemsets(), minSupport, minConfidence, minLift, result.rules().size(), rules));
            return 0;
        }
        w.printf(Locale.ROOT, "%d baskets (%s), %d products, %d frequent itemsets, %d rules%n", result.baskets(),
                result.basketKey(), result.products(), result.frequentItemsets(), result.rules().size());
        for (AssociationRule r : rules) {
            w.printf(Locale.ROOT, "  %s -> %s  support %.4f  confidence %.3f  lift %.2f%n",
                    String.join(" + ", r.antecedent()), String.join(" + ", r.consequent()), r.support(),
                    r.confidence(), r.lift());
        }
        w.flush();
        return 0;
    }

    record Report(int baskets, int products, String basketKey, int skippedRows, int frequentItemsets,
                  double minSupport, double minConfidence, double minLift, int totalRules,
                  List<AssociationRule> rules) {
    }
}
