package io.safesegment.cli;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.value.BgNbdFit;
import io.safesegment.core.value.ChurnRule;
import io.safesegment.core.value.ClvOptions;
import io.safesegment.core.value.ClvResult;
import io.safesegment.core.value.CustomerValue;
import io.safesegment.core.value.GammaGammaFit;
import io.safesegment.core.value.HoldoutCheck;
import io.safesegment.core.value.SpendModel;
import io.safesegment.core.value.SummaryColumns;
import io.safesegment.core.value.TimeUnit;
import io.safesegment.core.value.ValueService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment clv}: BG/NBD + Gamma-Gamma customer lifetime value, P(alive), churn and a lapsed segment. */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = {"Customer lifetime value: BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend) fitted by",
                "maximum likelihood, per-customer CLV, lapsed customers and an optional calibration/hold-out check."})
final class ClvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Input {
        @Option(names = "--transactions", paramLabel = "FILE", required = true,
                description = "Transactions: customer_id, timestamp and (for spend) amount roles.")
        Path transactions;

        @Option(names = "--summary", paramLabel = "FILE", required = true,
                description = "Summary table in lifetimes' conventions: frequency (repeat purchases), recency, T, "
                        + "optional monetary (mean repeat spend), optional customer_id.")
        Path summary;
    }

    @ArgGroup(multiplicity = "1")
    Input input;

    @Option(names = "--map", paramLabel = "ROLE=COLUMN[,...]",
            description = {"Columns by role. Transactions: customer_id, timestamp, amount (or quantity and "
                    + "unit_price).", "Summary: customer_id, frequency, recency, T, monetary."})
    String map;

    @Option(names = "--calibration-end", paramLabel = "yyyy-MM-dd",
            description = "Fit also on purchases up to this day and compare predicted with actual hold-out purchases.")
    LocalDate calibrationEnd;

    @Option(names = "--unit", defaultValue = "day", paramLabel = "day|week",
            description = "Time unit of recency, T and the horizon (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--horizon", defaultValue = "30", paramLabel = "N",
            description = "Expected purchases in the next N periods (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--clv-months", defaultValue = "12", paramLabel = "M",
            description = "CLV horizon in months (default: ${DEFAULT-VALUE}).")
    int clvMonths;

    @Option(names = "--discount", defaultValue = "0.01", paramLabel = "R",
            description = "Monthly discount rate of the CLV cash flows (default: ${DEFAULT-VALUE}).")
    double discount;

    @Option(names = "--penalizer", defaultValue = "0", paramLabel = "C",
            description = "L2 penalty on the parameters, as lifetimes' penalizer_coef (default: ${DEFAULT-VALUE}).")
    double penalizer;

    @Option(names = "--min-repeat-buyers", defaultValue = "10", paramLabel = "N",
            description = "Refuse to fit with fewer repeat buyers (default: ${DEFAULT-VALUE}).")
    int minRepeatBuyers;

    @Option(names = "--max-spend-correlation", defaultValue = "0.3", paramLabel = "R",
            description = "Refuse Gamma-Gamma when |corr(frequency, spend)| is larger (default: ${DEFAULT-VALUE}).")
    double maxCorrelation;

    @Option(names = "--churn-inactive-days", defaultValue = "180", paramLabel = "D",
            description = "Lapsed after D days without a purchase; 0 = off (default: ${DEFAULT-VALUE}).")
    int inactiveDays;

    @Option(names = "--churn-alive-below", defaultValue = "0.3", paramLabel = "P",
            description = "Lapsed when P(alive) is below P; 0 = off (default: ${DEFAULT-VALUE}).")
    double aliveBelow;

    @Option(names = "--out", paramLabel = "FILE", description = "Write per-customer figures as CSV.")
    Path out;

    @Option(names = "--lapsed-out", paramLabel = "FILE",
            description = "Write the lapsed segment as customer_id,segment,segment_name (1 lapsed, 2 active).")
    Path lapsedOut;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Keep the lapsed segment in this workspace as a derived dataset.")
    Path workspace;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "Customers listed by value (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @picocli.CommandLine.Mixin
    RecordOption record;

    @Override
    public Integer call() throws Exception {
        ClvOptions options = new ClvOptions(TimeUnit.parse(unit), calibrationEnd, horizon, clvMonths, discount,
                penalizer, minRepeatBuyers, maxCorrelation, new ChurnRule(inactiveDays, aliveBelow));
        boolean fromTransactions = input.transactions != null;
        ValueService.ClvRequest request = new ValueService.ClvRequest(input.transactions, input.summary,
                fromTransactions ? RoleMapping.parse(map) : RoleMapping.empty(),
                fromTransactions ? SummaryColumns.parse(null) : SummaryColumns.parse(map), options, out, lapsedOut,
                workspace);
        ClvResult r = ValueService.clv(request, new CancellationToken());
        record.append(recipe -> io.safesegment.core.recipe.RecipeRecordingService.recordClv(recipe,
                fromTransactions ? input.transactions : input.summary, !fromTransactions, request.roles(), options,
                out, lapsedOut, workspace != null));
        PrintWriter w = spec.commandLine().getOut();
        List<CustomerValue> best = ValueService.topCustomers(r, Math.max(0, top));
        if (json) {
            Json.print(w, ClvReport.of(r, best, out, lapsedOut));
            return 0;
        }
        BgNbdFit b = r.bgnbd();
        w.printf(Locale.ROOT, "BG/NBD on %d customers (%d repeat buyers), unit %s%s%n", b.customers(),
                b.repeatBuyers(), options.unit().cliName(), r.observationEnd() == null ? ""
                        : ", observed until " + r.observationEnd());
        w.printf(Locale.ROOT, "  r = %.4f (se %.4f)  alpha = %.4f (se %.4f)  a = %.4f (se %.4f)  b = %.4f (se %.4f)"
                        + "  log-likelihood %.3f%n", b.r(), b.rSe(), b.alpha(), b.alphaSe(), b.a(), b.aSe(), b.b(),
                b.bSe(), b.logLikelihood());
        GammaGammaFit g = r.gammaGamma();
        if (g != null) {
            w.printf(Locale.ROOT, "Gamma-Gamma on %d repeat buyers: p = %.4f  q = %.4f  v = %.4f  "
                    + "corr(frequency, spend) = %.3f%n", g.customers(), g.p(), g.q(), g.v(), g.correlation());
        } else {
            w.println("Gamma-Gamma: " + r.gammaGammaRefusal().english());
            if (r.spendModel() == SpendModel.OBSERVED_MEAN) {
                w.println("CLV uses each customer's observed mean repeat spend instead");
            }
        }
        HoldoutCheck h = r.holdout();
        if (h != null) {
            w.printf(Locale.ROOT, "Hold-out %s .. %s (%.0f periods): predicted %.1f repeat purchases, actual %.0f%n",
                    h.calibrationEnd(), h.observationEnd(), h.holdoutPeriods(), h.predictedTotal(), h.actualTotal());
            for (HoldoutCheck.Bin bin : h.bins()) {
                w.printf(Locale.ROOT, "  frequency %d%s: %6d customers  actual %.3f  predicted %.3f%n",
                        bin.frequency(), bin.orMore() ? "+" : "", bin.customers(), bin.actual(), bin.predicted());
            }
        }
        w.printf(Locale.ROOT, "Lapsed: %d of %d customers%n", r.lapsedCount(), r.customers().size());
        for (CustomerValue c : best) {
            w.printf(Locale.ROOT, "  %-14s P(alive) %.3f  next %d: %.3f  CLV %s%n", c.customerId(),
                    c.probabilityAlive(), horizon, c.expectedPurchases(),
                    Double.isNaN(c.clv()) ? "-" : String.format(Locale.ROOT, "%.2f", c.clv()));
        }
        w.flush();
        return 0;
    }
}
