package io.safesegment.cli;

import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Metrics;
import io.safesegment.core.recommend.eval.ModelEvaluation;
import io.safesegment.core.recommend.eval.SplitKind;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safesegment recommend evaluate}: offline accuracy and beyond-accuracy metrics of one or more models. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Cross-validate recommendation models: rating, ranking, coverage, novelty, diversity, "
                + "popularity bias, fairness and overload metrics, overall and per segment.")
final class RecommendEvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RecommendInputMixin inputs;

    @Option(names = "--model", paramLabel = "NAME[,NAME...]", split = ",", required = true,
            description = "Models: popularity, userknn, itemknn, mf, als, bpr, content, markov, hybrid, baseline, "
                    + "knnbaseline, svdpp, or all.")
    List<String> models;

    @Option(names = "--folds", paramLabel = "K", description = "Folds of the random split (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--k", paramLabel = "K", description = "List length of ranking metrics (default: ${DEFAULT-VALUE}).")
    int k = 10;

    @Option(names = "--split", paramLabel = "KIND",
            description = "random (k-fold) or temporal (latest share of each customer) (default: ${DEFAULT-VALUE}).")
    String split = "random";

    @Option(names = "--test-share", paramLabel = "P",
            description = "Share held out per customer by --split temporal (default: ${DEFAULT-VALUE}).")
    double testShare = 0.2;

    @Option(names = "--max-users", paramLabel = "N",
            description = "Evaluate at most N customers per fold, a seeded sample (0 = all; default: ${DEFAULT-VALUE}).")
    int maxUsers = 10_000;

    @Option(names = "--relevant-rating", paramLabel = "R",
            description = "With ratings, held-out items rated at least R are relevant (default: all).")
    Double relevantRating;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of splits and models (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--long-tail", paramLabel = "W",
            description = "Apply the long-tail re-ranker with weight W to every model (default: ${DEFAULT-VALUE}).")
    double longTail;

    @Option(names = "--tune", description = "Tune every model's hyper-parameters by inner validation on each "
            + "training fold only (the test fold never sees tuning); params in the report are the last fold's.")
    boolean tune;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        if (inputs.transactions == null && inputs.ratings == null) {
            throw new ParameterException(spec.commandLine(), "Give --transactions FILE or --ratings FILE.");
        }
        SplitKind kind = switch (split.toLowerCase(Locale.ROOT)) {
            case "random" -> SplitKind.RANDOM;
            case "temporal" -> SplitKind.TEMPORAL;
            default -> throw new ParameterException(spec.commandLine(), "--split must be random or temporal.");
        };
        EvaluationOptions options = new EvaluationOptions(kind, folds, k, testShare, maxUsers,
                relevantRating, seed);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        RecommendationService.EvaluateRequest request = new RecommendationService.EvaluateRequest(
                inputs.toInputs(), models, options, longTail, tune);
        RecommendInputs.Loaded data = RecommendationService.load(request.inputs(), progress.slice(0, 0.2));
        EvaluationReport report = RecommendationService.evaluate(request, data, progress.slice(0.2, 1));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, SkippedRowsOutput.withSkipped(report, data.skipped()));
            return 0;
        }
        out.printf("%,d users, %,d items, %,d interactions (%s); %s split, k=%d%n", report.users(), report.items(),
                report.interactions(), report.explicit() ? "ratings" : "implicit", split, k);
        if (inputs.transactions != null) {
            SkippedRowsOutput.print(out, data.skipped()); // ratings have no customers to miss or returns
        }
        out.printf("%-12s %7s %7s %7s %7s %7s %7s %7s %7s %7s %7s %8s %7s%n", "model", "RMSE", "MAE", "P@k", "R@k",
                "NDCG", "MAP", "hit", "cover", "novel", "divers", "popRank", "fit s");
        for (ModelEvaluation m : report.models()) {
            Metrics x = m.overall();
            out.printf("%-12s %7s %7s %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %7.3f %7.4f %8.1f %7.2f%n", m.model(),
                    fmt(x.rmse()), fmt(x.mae()), x.precision(), x.recall(), x.ndcg(), x.map(), x.hitRate(),
                    x.coverage(), x.novelty(), x.diversity(), x.popularityRank(), m.fitSeconds());
        }
        if (tune) {
            for (ModelEvaluation m : report.models()) {
                out.printf("%-12s tuned: %s%n", m.model(), m.params());
            }
        }
        out.flush();
        return 0;
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

}
