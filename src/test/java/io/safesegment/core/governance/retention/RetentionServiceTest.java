package io.safesegment.core.governance.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionServiceTest {
    @TempDir
    Path dir;

    @Test
    void aPeriodExpiresFromTheDatasetsRegistrationAndIsAudited() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Path csv = Files.writeString(dir.resolve("people.csv"), "id\n1\n", StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(ws, csv, io.safesegment.core.data.io.CsvImportOptions.defaults(), t -> Map.of(), Progress.NONE);
        RetentionStatus none = RetentionService.check(ws, java.time.Instant.now()).getFirst();
        assertNull(none.days());
        assertFalse(none.exceeded());

        assertThrows(SecurityException.class, () -> RetentionService.set(ws, new Actor("andy", Role.ANALYST),
                "people.csv", 30, null));
        assertThrows(IllegalArgumentException.class, () -> RetentionService.set(ws, new Actor("ada",
                Role.ADMINISTRATOR), "people.csv", 0, null));
        assertThrows(IllegalArgumentException.class, () -> RetentionService.set(ws, new Actor("ada",
                Role.ADMINISTRATOR), "nobody.csv", 30, null));
        RetentionStatus set = RetentionService.set(ws, new Actor("ada", Role.ADMINISTRATOR), "people.csv", 30,
                "campaign analysis");
        assertEquals(30, set.days());
        assertEquals(set.createdAt().plus(Duration.ofDays(30)), set.expiresAt());
        assertEquals("campaign analysis", set.reason());
        assertTrue(RetentionService.exceeded(ws, set.createdAt().plus(Duration.ofDays(29))).isEmpty());
        assertEquals(1, RetentionService.exceeded(ws, set.createdAt().plus(Duration.ofDays(30))).size());
        var last = AuditService.list(ws, AuditFilter.ALL).getLast();
        assertEquals("retention", last.action());
        assertEquals("days=30", last.detail());
    }
}
