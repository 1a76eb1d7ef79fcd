package io.safesegment.cli;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.anomaly.AnomalyOptions;
import io.safesegment.core.campaign.anomaly.AnomalyReport;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment anomalies}: odd transactions and why. */
@Command(name = "anomalies", mixinStandardHelpOptions = true,
        description = {"Flag odd transactions against each customer's own history: amount far above the usual",
                "(robust z-score), a new channel, a burst of purchases. Lists the top rows and why."})
final class AnomaliesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--transactions", required = true, paramLabel = "FILE",
            description = "Transactions CSV: customer id, timestamp, amount (or quantity and unit price), channel.")
    Path transactions;

    @Mixin
    RoleMapMixin roleMap;

    @Option(names = "--z", defaultValue = "3.5", description = "Robust z threshold (default: ${DEFAULT-VALUE}).")
    double z;

    @Option(names = "--min-history", defaultValue = "5",
            description = "Transactions before a customer's usual counts (default: ${DEFAULT-VALUE}).")
    int minHistory;

    @Option(names = "--burst-count", defaultValue = "5",
            description = "Transactions within --burst-hours that make a burst (default: ${DEFAULT-VALUE}).")
    int burstCount;

    @Option(names = "--burst-hours", defaultValue = "24", description = "Default: ${DEFAULT-VALUE}.")
    double burstHours;

    @Option(names = "--top", defaultValue = "50", description = "Rows listed (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Apply this workspace's flagged-transactions alert rule (an audit entry and a warning).")
    Path workspace;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        AnomalyReport report = CampaignService.anomalies(new CampaignService.AnomalyRequest(transactions,
                roleMap.roles(), new AnomalyOptions(z, minHistory, burstCount, burstHours, top), workspace),
                new CancellationToken());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, report);
            return 0;
        }
        w.printf(Locale.ROOT, "%d transactions of %d customers, %d flagged%n", report.rows(), report.customers(),
                report.flagged());
        for (AnomalyReport.FlaggedTransaction t : report.top()) {
            w.printf(Locale.ROOT, "  line %-8d %-14s %-20s %10.2f (usual %.2f)  score %.2f  %s%n", t.line(),
                    t.customer(), t.timestamp(), t.amount(), t.usualAmount(), t.score(), t.reasons());
        }
        w.flush();
        return 0;
    }
}
