package io.safesegment.cli;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.stats.ExperimentOptions;
import io.safesegment.core.campaign.stats.ExperimentReport;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment abtest}: per-arm rates, intervals and tests of an experiment against its control. */
@Command(name = "abtest", mixinStandardHelpOptions = true,
        description = {"Analyse A/B test results: per arm conversion rate, CTR, CVR and revenue per customer with",
                "confidence intervals; z-test, chi-square, Welch and bootstrap against control; lift; Holm",
                "correction; Bayesian probability to beat control."})
final class AbTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--results", required = true, paramLabel = "FILE",
            description = "Results CSV: customer_id, arm, exposed, clicked, converted, revenue (see --map).")
    Path results;

    @Option(names = "--map", paramLabel = "ROLE=COLUMN[,...]",
            description = "Columns of the roles customer_id, arm, exposed, clicked, converted, revenue "
                    + "(default: the column of the same name).")
    String map;

    @Option(names = "--control", paramLabel = "NAME",
            description = "Control arm (default: the arm called 'control', else the first arm in the file).")
    String control;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--resamples", defaultValue = "2000",
            description = "Bootstrap resamples for revenue (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--planned-per-arm", defaultValue = "0", paramLabel = "N",
            description = "Sample size per arm planned before the test; a smaller arm raises the early-look warning.")
    long planned;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        ExperimentReport report = CampaignService.analyse(new CampaignService.ExperimentRequest(results, map,
                new ExperimentOptions(control, alpha, resamples, seed, planned)), new CancellationToken());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, new Report(report.control(), report.alpha(), report.arms(), report.chiSquare(),
                    report.chiSquareDf(), report.chiSquarePValue(), report.bootstrapResamples(), report.seed(),
                    report.warnings().stream().map(Message::english).toList()));
            return 0;
        }
        w.printf(Locale.ROOT, "Control: %s   (intervals at %.0f%%)%n", report.control(), 100 * (1 - report.alpha()));
        w.printf(Locale.ROOT, "%-14s %8s %8s %9s %21s %10s %9s %8s%n", "arm", "n", "conv", "rate", "ci", "p", "p(Holm)",
                "lift");
        for (ExperimentReport.ArmResult a : report.arms()) {
            w.printf(Locale.ROOT, "%-14s %8d %8d %9s %21s %10s %9s %8s%n", a.arm(), a.n(), a.conversions(),
                    pct(a.rate()), a.ci() == null ? "-" : "[" + pct(a.ci()[0]) + ", " + pct(a.ci()[1]) + "]",
                    num(a.pValue()), num(a.holmPValue()), a.lift() == null ? "-" : pct(a.lift()));
        }
        for (ExperimentReport.ArmResult a : report.arms()) {
            if (!a.control() && a.probabilityToBeatControl() != null) {
                w.printf(Locale.ROOT, "%s: P(beats control) = %.3f", a.arm(), a.probabilityToBeatControl());
                if (a.welchPValue() != null) {
                    w.printf(Locale.ROOT, ", revenue/customer %+.2f (Welch p = %s, bootstrap p = %s)",
                            a.revenueDifference(), num(a.welchPValue()), num(a.bootstrapPValue()));
                }
                w.println();
            }
        }
        report.warnings().forEach(m -> w.println("Note: " + m.english()));
        w.flush();
        return 0;
    }

    private static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String num(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }

    record Report(String control, double alpha, java.util.List<ExperimentReport.ArmResult> arms, Double chiSquare,
                  int chiSquareDf, Double chiSquarePValue, int bootstrapResamples, long seed,
                  java.util.List<String> warnings) {
    }
}
