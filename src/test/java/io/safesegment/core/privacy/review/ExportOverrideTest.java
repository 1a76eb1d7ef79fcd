package io.safesegment.core.privacy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** "Export anyway": a blocked export is written only with a typed reason, which is kept with the result. */
class ExportOverrideTest {
    private static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[] {3});

    @TempDir
    Path dir;

    private static Table customers() {
        return Table.create("客户",
                StringColumn.create("电子邮件", "wang.fang@example.cn", "li.na@example.cn", "zhao.lei@example.cn"),
                StringColumn.create("备注", "VIP", "", "老客户"));
    }

    private static MaskingPolicy keepEmails() {
        return new MaskingPolicy(1, "keep-emails", 3, "leaky", Instant.EPOCH,
                Map.of("电子邮件", ColumnRole.DIRECT_IDENTIFIER), List.of(MaskingRule.of("电子邮件", "keep")));
    }

    @Test
    void overrideWithReasonWritesTheExportAndRecordsWhoWhenAndWhy() throws IOException {
        Path target = dir.resolve("out.csv");
        Instant before = Instant.now();

        MaskedExport.Outcome outcome = MaskedExport.export(customers(), keepEmails(), KEYS, null, target,
                "  Sent to the controller's own auditor  ", Progress.NONE);

        assertFalse(outcome.blocked());
        assertTrue(outcome.overridden());
        assertTrue(outcome.leaks().blocked(), "the leak scan result is kept");
        assertEquals(3, outcome.rows());
        assertTrue(Files.exists(target));
        LeakOverride o = outcome.override();
        assertEquals("Sent to the controller's own auditor", o.reason());
        assertEquals(System.getProperty("user.name"), o.user());
        assertFalse(o.at().isBefore(before));
        assertEquals("keep-emails", o.policyId());
        assertEquals(3, o.policyRevision());
        assertEquals(List.of("Column '电子邮件': 3 values still contain the original identifier "
                + "(kind: original identifier unchanged)"), o.leaks());
        assertEquals(o, LeakOverride.read(LeakOverride.fileBeside(target)));
        assertFalse(Files.readString(LeakOverride.fileBeside(target)).contains("wang.fang"), "no value in the record");
    }

    @Test
    void blankReasonIsRefusedBeforeAnythingIsWritten() {
        Path target = dir.resolve("out.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaskedExport.export(customers(), keepEmails(), KEYS, null, target, " \t ", Progress.NONE));
        assertTrue(e.getMessage().contains("reason"), e.getMessage());
        assertFalse(Files.exists(target));
        assertThrows(IllegalArgumentException.class, () -> new LeakOverride("x".repeat(LeakOverride.MAX_REASON + 1),
                "u", Instant.EPOCH, "p", 1, "s", List.of()));
    }

    @Test
    void withoutReasonTheExportStaysBlockedAndNoRecordIsWritten() throws IOException {
        Path target = dir.resolve("out.csv");
        MaskedExport.Outcome outcome = MaskedExport.export(customers(), keepEmails(), KEYS, null, target, Progress.NONE);
        assertTrue(outcome.blocked());
        assertNull(outcome.override());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aReasonForACleanExportRecordsNoOverride() throws IOException {
        Path target = dir.resolve("out.csv");
        MaskingPolicy redact = keepEmails().withRule(MaskingRule.of("电子邮件", "redact"));
        MaskedExport.Outcome outcome = MaskedExport.export(customers(), redact, KEYS, null, target, "just in case",
                Progress.NONE);
        assertFalse(outcome.overridden());
        assertTrue(Files.exists(target));
        assertFalse(Files.exists(LeakOverride.fileBeside(target)));
    }
}
