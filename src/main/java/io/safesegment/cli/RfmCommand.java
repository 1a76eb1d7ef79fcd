package io.safesegment.cli;

import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.rfm.RfmAnalyzer;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment rfm}: recency / frequency / monetary scores and segments from transactions. */
@Command(name = "rfm", mixinStandardHelpOptions = true,
        description = {"RFM analysis: quintile scores 1-5 (equal values get equal scores) and named segments",
                "(champions, loyal customers, ..., hibernating) with customer counts and revenue."})
final class RfmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--transactions", required = true, paramLabel = "FILE",
            description = "Transactions CSV: customer id, timestamp, amount (or quantity and unit price), optional "
                    + "order id; columns found by role (see --map).")
    Path transactions;

    @Mixin
    RoleMapMixin roleMap;

    @Option(names = "--reference-date", paramLabel = "yyyy-MM-dd",
            description = "\"Today\" for recency (default: latest transaction date).")
    LocalDate referenceDate;

    @Option(names = "--out", paramLabel = "FILE", description = "Write per-customer scores and segments as CSV.")
    Path out;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        RfmResult result = SegmentationService.rfm(new SegmentationService.RfmRequest(transactions, roleMap.roles(),
                referenceDate, out), new CancellationToken());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, new Report(result.referenceDate().toString(), result.customers().size(), result.segments(),
                    out == null ? null : out.toString(), result.frequencyCounts(),
                    result.excludedRowsWithoutCustomer(), result.excludedRowsWithoutAmount(), result.derivedAmount(),
                    result.roles()));
        } else {
            w.println("RFM on " + result.customers().size() + " customers, reference date " + result.referenceDate()
                    + ", frequency counts " + (result.frequencyCounts().equals(RfmAnalyzer.ORDERS) ? "distinct orders"
                    : "line items (map order_id to count orders)"));
            // Always printed, also when 0: "0 excluded" is a finding, a missing line is not.
            w.println("Excluded rows: " + result.excludedRowsWithoutCustomer() + " without customer id, "
                    + result.excludedRowsWithoutAmount() + " without amount");
            if (result.derivedAmount() != null) {
                w.println("Derived: " + result.derivedAmount());
            }
            for (RfmResult.SegmentSummary s : result.segments()) {
                w.printf(Locale.ROOT, "  %-20s %7d  %5.1f%%  revenue %.2f%n", s.name(), s.customers(),
                        100 * s.share(), s.revenue());
            }
            w.flush();
        }
        return 0;
    }

    record Report(String referenceDate, int customers, List<RfmResult.SegmentSummary> segments, String scores,
                  String frequencyCounts, int excludedRowsWithoutCustomer, int excludedRowsWithoutAmount,
                  String derivedAmount, java.util.Map<String, String> roles) {
    }
}
