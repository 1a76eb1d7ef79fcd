package io.safesegment.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV export: quoting, formula neutralisation, filters, and the export itself recorded. */
class AuditCsvExportTest {
    @TempDir
    Path dir;

    @Test
    void quotesAndNeutralisesFormulasAndRecordsTheExport() throws IOException {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        AuditService.record(ws, "ann", new AuditEvent(AuditAction.IMPORT, "=HYPERLINK(\"x\")", null,
                AuditOutcome.SUCCESS, "a,b"), null);
        AuditService.record(ws, "bob", AuditEvent.success(AuditAction.ENCRYPT, "plain.csv", null), null);
        Path out = dir.resolve("audit.csv");
        assertEquals(1, AuditService.exportCsv(ws, new AuditFilter(null, "ann", null, null, null), out));
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        String row = lines.get(1);
        assertEquals("1," + AuditService.list(ws, AuditFilter.ALL).getFirst().at() + ",ann,import,"
                + "\"'=HYPERLINK(\"\"x\"\")\",,success,\"a,b\",", row.substring(0, row.lastIndexOf(',',
                row.lastIndexOf(',') - 1) + 1));
        AuditEntry last = AuditService.list(ws, AuditFilter.ALL).getLast();
        assertEquals("audit-export", last.action());
        assertEquals("audit.csv", last.object());
        assertEquals("entries=1", last.detail());
    }

    @Test
    void anEmptyTimeRangeIsRefused() {
        java.time.Instant t = java.time.Instant.parse("2026-12-05T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new AuditFilter(null, null, t, t, null));
    }
}
