package io.safesegment.cli;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.rules.BasketScope;
import io.safesegment.core.campaign.rules.RuleOptions;

import io.safesegment.core.data.dataset.Dataset;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.TuneResult;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.recommend.SegmentPreview;
import io.safesegment.core.recommend.UserPreview;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code safesegment recommend}: top-N recommendations with explanations for one customer or one segment. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Recommend products for a customer (--user), a segment (--segment), or write a campaign list "
                + "for every customer (--all [--segment S] --out FILE), with explanations.",
        subcommands = RecommendEvaluateCommand.class)
final class RecommendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RecommendInputMixin inputs;

    @Option(names = "--model", paramLabel = "NAME", description = "One of "
            + "popularity, userknn, itemknn, mf, als, bpr, content, markov, hybrid, baseline, knnbaseline, svdpp "
            + "(default: ${DEFAULT-VALUE}).")
    String model = "hybrid";

    @Option(names = "--user", paramLabel = "ID", description = "Customer id.")
    String user;

    @Option(names = "--segment", paramLabel = "LABEL",
            description = "Recommend for the members of this segment of --segments instead of one customer.")
    String segment;

    @Option(names = "--all", description = "Write top-N for every customer (or every member of --segment) to --out.")
    boolean all;

    @Option(names = "--out", paramLabel = "FILE",
            description = "With --all: the campaign list CSV (customer_id, rank, product_id, product_name, score, "
                    + "explanation), written atomically.")
    Path outFile;

    @Option(names = "--tune", description = "Choose the model's hyper-parameters by inner validation (80/20 split of "
            + "the input, seeded) before fitting, and report the chosen values.")
    boolean tune;

    @Option(names = "--n", paramLabel = "N", description = "Number of items (default: ${DEFAULT-VALUE}).")
    int n = 10;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of randomised models (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--long-tail", paramLabel = "W",
            description = "Discount popular items by weight W, e.g. 0.3 (default: ${DEFAULT-VALUE} = off).")
    double longTail;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Also keep the list as a 'derived' dataset of "
            + "this workspace (child of the datasets whose files were read).")
    Path workspace;

    @Mixin
    PasswordOption password;

    // --user is the customer here: on a governed workspace the account comes from SAFESEGMENT_USER only
    private final AccountOption account = new AccountOption();

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--explain-rules", description = {"Explain a recommendation by a bought-together rule (customers' "
            + "whole histories as baskets) of the same transactions when one predicts it (--user only; see rules)."})
    boolean explainRules;

    @Option(names = "--rule-support", defaultValue = "0.001", paramLabel = "S",
            description = "Minimum support of those rules (default: ${DEFAULT-VALUE}).")
    double ruleSupport;

    @Override
    public Integer call() throws java.io.IOException {
        account.session(workspace, password, spec.commandLine()); // a governed workspace needs a signed-in account
        if (all ? user != null : (user == null) == (segment == null)) {
            throw new ParameterException(spec.commandLine(), all ? "--all lists every customer: leave out --user."
                    : "Give exactly one of --user ID, --segment LABEL and --all.");
        }
        if (all && outFile == null) {
            throw new ParameterException(spec.commandLine(), "--all needs --out FILE.");
        }
        if (inputs.transactions == null && inputs.ratings == null) {
            throw new ParameterException(spec.commandLine(), "Give --transactions FILE or --ratings FILE.");
        }
        if (segment != null && inputs.segments == null) {
            throw new ParameterException(spec.commandLine(), "--segment needs --segments FILE.");
        }
        if (n <= 0) {
            throw new ParameterException(spec.commandLine(), "--n must be > 0.");
        }
        if (explainRules && (user == null || inputs.transactions == null)) {
            throw new ParameterException(spec.commandLine(), "--explain-rules needs --user ID and --transactions FILE.");
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        RecommendationService.ModelChoice choice = new RecommendationService.ModelChoice(model, seed, longTail);
        RecommendInputs.Loaded data = RecommendationService.load(inputs.toInputs(), progress.slice(0, 0.2));
        RecommendationService.TuneReport tuning = tune ? RecommendationService.tune(data, List.of(choice.model()),
                ModelParameters.defaults(seed), seed, progress.slice(0.2, 0.5)) : null;
        RecommendationService.Fitted fitted = RecommendationService.fit(data, choice,
                tuning == null ? ModelParameters.defaults(seed) : tuning.parameters(),
                progress.slice(tune ? 0.5 : 0.2, all ? 0.6 : 0.9));
        PrintWriter out = spec.commandLine().getOut();
        if (all) {
            RecommendationService.CampaignList list = RecommendationService.writeCampaignList(fitted, segment, n,
                    outFile, progress.slice(0.6, 1));
            if (json) {
                ObjectNode node = SkippedRowsOutput.withSkipped(list, fitted.data().skipped());
                node.put("file", list.file().toString());
                putTuning(node, tuning);
                Json.print(out, node);
            } else {
                out.printf("%s: top %d for %,d customers%s written to %s (%,d rows)%n", list.model(), n,
                        list.customers(), segment == null ? "" : " of segment " + segment, list.file(), list.rows());
                printTuning(out, tuning);
                out.flush();
            }
            return 0;
        }
        if (user != null) {
            UserPreview preview = RecommendationService.forCustomer(fitted, user, n);
            if (explainRules) {
                // "frequently bought together" rules of the same transactions explain what they predict (issue 20)
                var rules = CampaignService.rules(new CampaignService.RulesRequest(inputs.transactions,
                        inputs.toInputs().roles(), new RuleOptions(ruleSupport, 0.1, 1.0, 3), BasketScope.CUSTOMER),
                        progress.slice(0.9, 1));
                preview = RecommendationService.explainedBy(fitted, preview, CampaignService.explanationSource(rules));
            }
            keep("customer_id", preview.userId(), preview.model(), preview.items());
            if (json) {
                ObjectNode node = SkippedRowsOutput.withSkipped(preview, fitted.data().skipped());
                putTuning(node, tuning);
                Json.print(out, node);
            } else {
                out.printf("%s for %s (%s, %d items in history)%n", preview.model(), preview.userId(),
                        preview.known() ? "known customer" : "unknown customer: popular items", preview.history());
                if (inputs.transactions != null) {
                    SkippedRowsOutput.print(out, fitted.data().skipped()); // ratings have no customers to miss or returns
                }
                printTuning(out, tuning);
                print(out, preview.items());
            }
            return 0;
        }
        SegmentPreview preview = RecommendationService.forSegment(fitted, segment, n, progress.slice(0.9, 1));
        keep("segment", segment, preview.model(), preview.items());
        if (json) {
            ObjectNode node = SkippedRowsOutput.withSkipped(preview, fitted.data().skipped());
            putTuning(node, tuning);
            Json.print(out, node);
        } else {
            out.printf("%s for segment %s (%d members, %d sampled)%n", preview.model(), segment, preview.members(),
                    preview.sampled());
            if (inputs.transactions != null) {
                SkippedRowsOutput.print(out, fitted.data().skipped()); // ratings have no customers to miss or returns
            }
            printTuning(out, tuning);
            print(out, preview.items());
        }
        return 0;
    }

    /** With --tune, the chosen values under "tuning" (absent without --tune, so old documents keep their shape). */
    private static void putTuning(ObjectNode node, RecommendationService.TuneReport tuning) {
        if (tuning != null) {
            node.set("tuning", Json.mapper().valueToTree(tuning.models()));
        }
    }

    static void printTuning(PrintWriter out, RecommendationService.TuneReport tuning) {
        if (tuning == null) {
            return;
        }
        for (TuneResult r : tuning.models()) {
            if (r.settingsTried() == 0) {
                out.printf("Tuning %s: no hyper-parameters to tune; defaults kept%n", r.model());
            } else {
                out.printf("Tuning %s: %s on the inner hold-out %.4f with defaults, %.4f with %s (%d settings tried)%n",
                        r.model(), r.metric(), r.defaultValue(), r.tunedValue(), r.chosen(), r.settingsTried());
            }
        }
    }

    private static void print(PrintWriter out, List<RecommendedItem> items) {
        for (RecommendedItem it : items) {
            out.printf("%3d. %-10s %-40s %8.4f  %s%n", it.rank(), it.itemId(), it.name(), it.score(), it.explanation());
        }
        out.flush();
    }

    /** With --workspace, keeps the list (who, rank, product, score) as a derived dataset with the model and seed. */
    private void keep(String whoColumn, String who, String modelName, List<RecommendedItem> items) {
        if (workspace == null) {
            return;
        }
        Dataset kept = RecommendationService.keepList(workspace, whoColumn, who, modelName, seed, n, items,
                java.util.Arrays.asList(inputs.transactions, inputs.ratings, inputs.products, inputs.segments));
        spec.commandLine().getErr().printf("Kept as dataset %d '%s'%n", kept.id(), kept.name());
    }
}
