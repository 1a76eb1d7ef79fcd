package io.safesegment.core.governance.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert rules: thresholds are "more than N", rules of an ungoverned workspace are off until saved. */
class AlertsTest {
    @TempDir
    Path dir;

    @Test
    void anUngovernedWorkspaceRaisesNothingUntilItsRulesAreSaved() throws Exception {
        Workspace ws = Workspace.open(dir);
        assertEquals(AlertRules.OFF, Alerts.rules(ws));
        assertTrue(Alerts.reidentified(ws, "u", "masked.csv", 1_000_000).isEmpty());
        assertTrue(Alerts.blockedExportOverride(ws, "u", "out.csv").isEmpty());
        assertTrue(Alerts.directIdentifierExport(ws, "u", "customers", List.of("email")).isEmpty());
        assertTrue(AuditService.list(ws, AuditFilter.ALL).isEmpty());

        Alerts.saveRules(ws, new AlertRules(true, 3, 10, true));
        List<Alert> seen = new ArrayList<>();
        try (AutoCloseable listener = Alerts.listen(seen::add)) {
            assertTrue(Alerts.reidentified(ws, "u", "masked.csv", 10).isEmpty(), "10 is not more than 10");
            assertTrue(Alerts.reidentified(ws, "u", "masked.csv", 11).isPresent());
            assertTrue(Alerts.blockedExportOverride(ws, "olivia", "out.csv").isPresent());
            assertTrue(Alerts.directIdentifierExport(ws, "u", "customers", List.of()).isEmpty(), "no column");
            assertTrue(Alerts.directIdentifierExport(ws, "u", "customers", List.of("email", "phone")).isPresent());
            Alerts.raise(ws, "reviewer", AlertKind.OTHER, "release-7", Message.literal("approval overdue"));
        }
        assertEquals(4, seen.size());
        assertEquals("u re-identified 11 records of 'masked.csv' (alert above 10)", seen.getFirst().message().english());
        assertEquals("Export 'customers' includes direct identifiers without a masking rule: email, phone",
                seen.get(2).message().english());
        List<AuditEntry> entries = AuditService.list(ws, AuditFilter.ALL);
        assertEquals(4, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.action().equals("alert")));
        assertEquals("rule=blocked-export-override olivia released the blocked export 'out.csv' with an override",
                entries.get(1).detail());
        assertEquals(seen.get(3).sequence(), entries.get(3).sequence());
    }

    @Test
    void flaggedTransactionsFromACampaignScanFeedTheirRule() throws Exception {
        Workspace ws = Workspace.open(dir);
        assertTrue(Alerts.flaggedTransactions(ws, "u", "tx.csv", 500, 1_000).isEmpty(), "ungoverned: off");
        Alerts.saveRules(ws, new AlertRules(true, 3, 10, true, 2));
        assertEquals(2, Alerts.rules(ws).flaggedTransactions(), "the threshold is saved and read back");
        assertTrue(Alerts.flaggedTransactions(ws, "u", "tx.csv", 2, 1_000).isEmpty(), "2 is not more than 2");

        // the campaign service applies the workspace's rule when it scans transactions for odd rows
        java.nio.file.Path tx = dir.resolve("tx.csv");
        StringBuilder csv = new StringBuilder("customer_id,timestamp,amount,channel\n");
        for (int c = 0; c < 3; c++) {
            for (int d = 1; d <= 9; d++) {
                csv.append("c").append(c).append(",2026-01-0").append(d).append(",").append(10 + d % 3).append(",web\n");
            }
            csv.append("c").append(c).append(",2026-02-01,5000,web\n"); // far above the customer's usual
        }
        java.nio.file.Files.writeString(tx, csv);
        var report = io.safesegment.core.campaign.CampaignService.anomalies(
                new io.safesegment.core.campaign.CampaignService.AnomalyRequest(tx, null,
                        io.safesegment.core.campaign.anomaly.AnomalyOptions.defaults(), dir),
                io.safesegment.core.task.Progress.NONE);
        assertTrue(report.flagged() > 2, "flagged " + report.flagged());
        List<AuditEntry> alerts = AuditService.list(ws, AuditFilter.ALL).stream()
                .filter(e -> e.action().equals("alert")).toList();
        assertEquals(1, alerts.size());
        assertTrue(alerts.getFirst().detail().startsWith("rule=flagged-transactions " + report.flagged() + " of 30 "),
                alerts.getFirst().detail());
        assertTrue(!alerts.getFirst().detail().contains("5000"), "no transaction value in the audit trail");
    }
}
