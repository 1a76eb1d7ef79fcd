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
}
