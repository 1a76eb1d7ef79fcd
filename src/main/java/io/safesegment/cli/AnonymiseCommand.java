package io.safesegment.cli;

import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.privacy.anonymise.AnonymisationResult;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.task.WorkerPool;
import io.safesegment.core.utility.SegmentSizeChange;
import io.safesegment.core.utility.UtilityReport;
import io.safesegment.core.utility.UtilityService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code safesegment anonymise --in F --qi a,b --hierarchy a=H.csv,b=H2.csv --k 5 …}: finds the globally optimal
 * generalisation for the privacy models, prints it, and optionally writes the anonymised table and the
 * transformation as a masking policy.
 */
@Command(name = "anonymise", mixinStandardHelpOptions = true,
        description = "Find the optimal generalisation of the quasi-identifiers for k-anonymity, l-diversity, "
                + "t-closeness and risk targets, with record suppression up to a limit.")
final class AnonymiseCommand implements Callable<Integer> {
    /** Exit code when no transformation meets the targets. */
    static final int NO_SOLUTION = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Dataset to anonymise.")
    Path input;

    @Option(names = "--qi", required = true, split = ",", paramLabel = "COLUMN", description = "Quasi-identifier columns.")
    List<String> qis;

    @Option(names = "--hierarchy", required = true, split = ",", paramLabel = "COLUMN=FILE",
            description = "ARX hierarchy file (one row per value, levels as ';'-separated columns) per quasi-identifier "
                    + "(and for the sensitive column with --t-variant hierarchical).")
    List<String> hierarchyArgs;

    @Option(names = "--sensitive", paramLabel = "COLUMN", description = "Sensitive column for l-diversity and t-closeness.")
    String sensitive;

    @Option(names = "--k", required = true, description = "k-anonymity: smallest released class.")
    int k;

    @Option(names = "--l", description = "l-diversity of the sensitive column.")
    Double l;

    @Option(names = "--l-variant", defaultValue = "distinct", description = "distinct, entropy or recursive (default: ${DEFAULT-VALUE}).")
    String lVariant;

    @Option(names = "--c", defaultValue = "3", description = "c of recursive (c,l)-diversity (default: ${DEFAULT-VALUE}).")
    double c;

    @Option(names = "--t", description = "t-closeness of the sensitive column (0..1).")
    Double t;

    @Option(names = "--t-variant", defaultValue = "equal", description = "equal or hierarchical ground distance (default: ${DEFAULT-VALUE}).")
    String tVariant;

    @Option(names = "--max-risk", description = "Highest prosecutor risk allowed (0..1].")
    Double maxRisk;

    @Option(names = "--max-average-risk", description = "Average prosecutor risk allowed (0..1].")
    Double maxAverageRisk;

    @Option(names = "--suppression", defaultValue = "0", description = "Share of rows that may be suppressed (default: ${DEFAULT-VALUE}).")
    double suppression;

    @Option(names = "--metric", defaultValue = "loss", description = "loss, discernibility, entropy or aecs (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the anonymised table (.csv, .tsv, .xlsx, .json).")
    Path output;

    @Option(names = "--policy-out", paramLabel = "POLICY.json", description = "Write the transformation as a masking "
            + "policy (generalise-hierarchy rules with suppression) that 'safesegment mask' applies.")
    Path policyOutput;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Also keep the anonymised table as an "
            + "'anonymised' dataset of this workspace (child of the dataset imported from --in, if any).")
    Path workspace;

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--utility", description = "Also measure what marketing loses (issue #16 item 6): the adjusted Rand "
            + "index of the same seeded k-means on original and anonymised customers, segment sizes, and NDCG@10 of "
            + "segment popularity with --transactions.")
    boolean utility;

    @Option(names = "--transactions", paramLabel = "FILE", description = "With --utility: transactions for behavioural "
            + "features and NDCG@10.")
    Path transactions;

    @Option(names = "--utility-features", split = ",", paramLabel = "FEATURE", description = "With --utility: features "
            + "to segment on (default: the quasi-identifiers a segmentation can use, plus order_count, avg_spend, "
            + "recency_days, tenure_days with --transactions).")
    List<String> utilityFeatures;

    @Option(names = "--utility-k", defaultValue = "5", description = "With --utility: k-means segments (default: ${DEFAULT-VALUE}).")
    int utilityK;

    @Option(names = "--seed", defaultValue = "42", description = "With --utility: seed of the segmentation, the "
            + "evaluation split and the models (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        account.session(workspace, password, spec.commandLine()); // a governed workspace needs a signed-in account
        for (Path out : new Path[] {output, policyOutput}) {
            if (out != null) {
                WorkspaceService.requireNotSameFile(input, out);
                if (transactions != null) {
                    WorkspaceService.requireNotSameFile(transactions, out);
                }
            }
        }
        Map<String, Path> files = new LinkedHashMap<>();
        for (String arg : hierarchyArgs) {
            int eq = arg.indexOf('=');
            if (eq <= 0 || eq == arg.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--hierarchy takes COLUMN=FILE, e.g. age=age.csv");
            }
            files.put(arg.substring(0, eq), Path.of(arg.substring(eq + 1)));
        }
        for (Path out : new Path[] {output, policyOutput}) {
            for (Path h : files.values()) {
                if (out != null) {
                    WorkspaceService.requireNotSameFile(h, out);
                }
            }
        }
        Map<String, Hierarchy> hierarchies = PrivacyService.readHierarchies(files);
        AnonymiseOptions options;
        try {
            options = new AnonymiseOptions(qis, hierarchies, sensitive, models(), suppression,
                    UtilityMetric.parse(metric), WorkerPool.THREADS);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        AtomicReference<UtilityReport> measured = new AtomicReference<>();
        PrivacyService.OptimumMeasure measure = utility
                ? UtilityService.measure(transactions, utilityFeatures, utilityK, seed, measured) : null;
        PrivacyService.AnonymiseOutcome outcome;
        try {
            outcome = PrivacyService.anonymise(new PrivacyService.AnonymiseRequest(input, importOptions.toOptions(),
                    options, files, output, policyOutput, workspace, measure), progress);
        } catch (IllegalArgumentException e) {
            if (utility && e.getMessage() != null && e.getMessage().startsWith("utility:")) {
                throw new ParameterException(spec.commandLine(), "--" + e.getMessage()
                        + " with --utility-features");
            }
            throw e;
        }
        UtilityReport utilityReport = measured.get();
        AnonymisationResult result = outcome.result();
        String written = outcome.written();
        String policyWritten = outcome.policyWritten() == null ? null : outcome.policyWritten().toString();
        Dataset kept = outcome.kept();
        if (kept != null) {
            spec.commandLine().getErr().printf("Kept as anonymised dataset %d '%s'%n", kept.id(), kept.name());
        }
        if (policyWritten != null && !outcome.policyReproducesAll()) {
            spec.commandLine().getErr().println("warning: the policy suppresses classes smaller than k only; rows "
                    + "suppressed for l-diversity, t-closeness or average risk are suppressed in --out but not by the policy");
        }
        Report report = Report.of(result, options, written, policyWritten, kept == null ? null : kept.id(),
                utilityReport);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
        } else if (result.found()) {
            out.printf(Locale.ROOT, "Optimal levels %s: loss %.4f, %,d of %,d rows suppressed, smallest class %d; "
                            + "%,d of %,d transformations checked in %,d ms%n", report.levels(), report.loss(),
                    report.suppressedRows(), report.rows(), report.k(), report.transformationsChecked(),
                    report.latticeSize(), report.millis());
            if (written != null) {
                out.println("Anonymised table written to " + written);
            }
            if (policyWritten != null) {
                out.println("Policy written to " + policyWritten);
            }
            if (utilityReport != null) {
                out.printf(Locale.ROOT, "Marketing utility: segment agreement (ARI) %.3f over %,d customers (k-means "
                        + "k=%d on %s, seed %d); highest re-identification risk %.3f%n", utilityReport.ari(),
                        utilityReport.customers(), utilityReport.k(), utilityReport.features(), utilityReport.seed(),
                        report.highestRisk());
                for (SegmentSizeChange s : utilityReport.segmentSizes()) {
                    out.printf(Locale.ROOT, "  segment %d: %,d customers -> %,d in anonymised segment %d (%.1f %% kept "
                            + "together)%n", s.segment(), s.original(), s.anonymised(), s.matched(), 100 * s.kept());
                }
                if (utilityReport.ndcg10Original() != null) {
                    out.printf(Locale.ROOT, "  NDCG@10 of %s: %.4f original, %.4f anonymised (%+.4f); interaction-only "
                            + "models are unaffected (global popularity %.4f)%n", utilityReport.recommendModel(),
                            utilityReport.ndcg10Original(), utilityReport.ndcg10Anonymised(),
                            utilityReport.ndcg10Change(), utilityReport.ndcg10InteractionsOnly());
                }
            }
        }
        out.flush();
        if (!result.found()) {
            spec.commandLine().getErr().println("safesegment anonymise: no transformation meets the targets within the "
                    + "suppression limit; relax k, l, t or the risk limits, allow more suppression, or use taller hierarchies");
            return NO_SOLUTION;
        }
        return 0;
    }

    private List<PrivacyModel> models() {
        List<PrivacyModel> models = new ArrayList<>();
        models.add(new PrivacyModel.KAnonymity(k));
        if (l != null) {
            models.add(new PrivacyModel.LDiversity(l, PrivacyModel.LVariant.parse(lVariant), c));
        }
        if (t != null) {
            models.add(new PrivacyModel.TCloseness(t, PrivacyModel.TDistance.parse(tVariant)));
        }
        if (maxRisk != null) {
            models.add(new PrivacyModel.HighestRisk(maxRisk));
        }
        if (maxAverageRisk != null) {
            models.add(new PrivacyModel.AverageRisk(maxAverageRisk));
        }
        return models;
    }

    /**
     * The JSON contract of {@code anonymise --json} (issue #16 item 4 fields first; fields are only added).
     * {@code highestRisk} (1 / smallest class) and {@code averageRisk} (released classes / released rows) are the
     * prosecutor risks of the released rows; {@code utility} is null without {@code --utility}.
     */
    record Report(boolean found, Map<String, Integer> levels, Double loss, int suppressedRows, int rows, int k,
                  int transformationsChecked, long millis, int latticeSize, String metric, Double metricValue,
                  Map<String, Double> lossPerQi, int equivalenceClasses, String output, String policy,
                  Long anonymisedDatasetId, Double highestRisk, Double averageRisk, UtilityReport utility) {
        static Report of(AnonymisationResult r, AnonymiseOptions o, String output, String policy,
                         Long anonymisedDatasetId, UtilityReport utility) {
            Map<String, Double> perQi = new LinkedHashMap<>();
            if (r.found()) {
                for (int j = 0; j < o.quasiIdentifiers().size(); j++) {
                    perQi.put(o.quasiIdentifiers().get(j), r.optimum().lossPerQi().get(j));
                }
            }
            return new Report(r.found(), r.found() ? r.levels() : null, r.found() ? r.optimum().loss() : null,
                    r.found() ? r.optimum().suppressedRows() : 0, r.rows(), r.found() ? r.optimum().smallestClass() : 0,
                    r.transformationsChecked(), r.millis(), r.latticeSize(), o.metric().name().toLowerCase(Locale.ROOT),
                    r.found() ? r.optimum().value() : null, perQi, r.found() ? r.optimum().classes() : 0, output, policy,
                    anonymisedDatasetId, highestRisk(r), averageRisk(r), utility);
        }

        private static Double highestRisk(AnonymisationResult r) {
            return r.found() && r.optimum().smallestClass() > 0 ? 1.0 / r.optimum().smallestClass() : null;
        }

        private static Double averageRisk(AnonymisationResult r) {
            int released = r.found() ? r.rows() - r.optimum().suppressedRows() : 0;
            return released > 0 ? (double) r.optimum().classes() / released : null;
        }
    }
}
