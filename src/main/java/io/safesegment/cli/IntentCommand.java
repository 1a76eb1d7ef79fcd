package io.safesegment.cli;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.value.BinaryMetrics;
import io.safesegment.core.value.Calibration;
import io.safesegment.core.value.IntentModel;
import io.safesegment.core.value.IntentModelResult;
import io.safesegment.core.value.IntentOptions;
import io.safesegment.core.value.IntentResult;
import io.safesegment.core.value.IntentTarget;
import io.safesegment.core.value.ValueService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment intent}: purchase-intent classifiers compared by stratified k-fold. */
@Command(name = "intent", mixinStandardHelpOptions = true,
        description = {"Purchase intent: logistic regression, decision tree, random forest, gradient boosting and a",
                "linear SVM on customer features, compared by stratified k-fold (out-of-fold metrics)."})
final class IntentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Customers (one row per customer).")
    Path customers;

    @Option(names = "--transactions", paramLabel = "FILE",
            description = "Transactions for RFM, tenure and channel features (required with --horizon).")
    Path transactions;

    @Option(names = "--products", paramLabel = "FILE", description = "Products, for category-share features.")
    Path products;

    static final class Target {
        @Option(names = "--target", required = true, paramLabel = "COLUMN",
                description = "Predict this customer column (two values, or --positive against the rest).")
        String column;

        @Option(names = "--horizon", required = true, paramLabel = "DAYS",
                description = "Predict \"buys within the next DAYS days\" (the last DAYS days of the transactions).")
        Integer horizon;
    }

    @ArgGroup(multiplicity = "1")
    Target target;

    @Option(names = "--positive", paramLabel = "VALUE",
            description = "Positive value of --target (default: the rarer of its two values).")
    String positive;

    @Option(names = "--model", defaultValue = "logistic,tree,forest,gbm,svm", paramLabel = "NAME[,...]",
            description = "Models: logistic, tree, forest, gbm, svm, all (default: ${DEFAULT-VALUE}).")
    String models;

    @Option(names = "--features", split = ",", paramLabel = "NAME[,...]",
            description = "Feature names (default: RFM aggregates, tenure, channel/category shares, age and customer "
                    + "columns with few distinct values).")
    List<String> features;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--calibration", defaultValue = "none", paramLabel = "none|platt|isotonic",
            description = "Probability calibration (default: ${DEFAULT-VALUE}).")
    String calibration;

    @Option(names = "--no-importance", description = "Skip permutation feature importance.")
    boolean noImportance;

    @Mixin
    RoleMapMixin roleMap;

    @Option(names = "--out", paramLabel = "FILE", description = "Write out-of-fold probabilities per customer (CSV).")
    Path out;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        IntentOptions options = new IntentOptions(IntentModel.parseList(models), folds, seed,
                Calibration.parse(calibration), !noImportance);
        IntentTarget t = target.column != null ? IntentTarget.column(target.column, positive)
                : IntentTarget.horizon(target.horizon);
        RoleMapping roles = roleMap.roles();
        IntentResult r = ValueService.intent(new ValueService.IntentRequest(customers, transactions, products, roles,
                t, features, options, out), new CancellationToken());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, IntentReport.of(r, out));
            return 0;
        }
        w.printf(Locale.ROOT, "Target: %s (positive '%s'): %d of %d customers positive; %d features; %d folds, "
                + "seed %d, calibration %s%n", r.target(), r.positiveLabel(), r.positives(), r.customers(),
                r.featureNames().size(), folds, seed, options.calibration().cliName());
        w.println("model       auc    prAuc  accuracy  precision  recall  f1     train ms");
        for (IntentModelResult m : r.models()) {
            BinaryMetrics b = m.metrics();
            w.printf(Locale.ROOT, "%-9s  %.3f  %.3f  %.3f     %.3f      %.3f   %.3f  %d%n", m.model().cliName(),
                    b.auc(), b.prAuc(), b.accuracy(), b.precision(), b.recall(), b.f1(), m.trainMillis());
            if (!m.importance().isEmpty()) {
                w.println("  top features: " + String.join(", ", m.importance().stream().limit(3)
                        .map(i -> String.format(Locale.ROOT, "%s (%.3f)", i.feature(), i.aucDrop())).toList()));
            }
        }
        w.flush();
        return 0;
    }

    /** The {@code intent --json} document. */
    record IntentReport(String target, String positive, int customers, int positives, int excludedRows, int folds,
                        long seed, String calibration, List<String> features, List<Model> models, String out) {
        record Model(String name, Double auc, Double prAuc, double accuracy, double precision, double recall,
                     double f1, Confusion confusion, long trainMillis, List<Importance> importance,
                     List<double[]> calibrationCurve) {
        }

        record Confusion(int tp, int fp, int tn, int fn, double threshold) {
        }

        record Importance(String feature, double aucDrop) {
        }

        static IntentReport of(IntentResult r, Path out) {
            return new IntentReport(r.target(), r.positiveLabel(), r.customers(), r.positives(), r.excludedRows(),
                    r.options().folds(), r.options().seed(), r.options().calibration().cliName(), r.featureNames(),
                    r.models().stream().map(m -> {
                        BinaryMetrics b = m.metrics();
                        return new Model(m.model().cliName(), finite(b.auc()), finite(b.prAuc()), b.accuracy(),
                                b.precision(), b.recall(), b.f1(), new Confusion(b.tp(), b.fp(), b.tn(), b.fn(),
                                BinaryMetrics.THRESHOLD), m.trainMillis(), m.importance().stream()
                                .map(i -> new Importance(i.feature(), i.aucDrop())).toList(),
                                m.calibration().stream().map(c -> Arrays.copyOf(c, c.length)).toList());
                    }).toList(), out == null ? null : out.toString());
        }

        private static Double finite(double v) {
            return Double.isFinite(v) ? v : null;
        }
    }
}
