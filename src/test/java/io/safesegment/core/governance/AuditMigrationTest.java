package io.safesegment.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceDatabaseCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema-version-2 workspace (before the audit trail) gains the audit tables on open and keeps its datasets. */
class AuditMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionTwoWorkspaceMigratesOnOpen() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE));
             Statement st = c.createStatement()) {
            // what version 2 wrote: SafeSegment's application id, user_version 2, datasets with the v2 columns
            st.execute("PRAGMA application_id = " + WorkspaceDatabaseCheck.APPLICATION_ID);
            st.execute("PRAGMA user_version = 2");
            st.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)");
            st.execute("CREATE TABLE datasets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
                    + "path TEXT NOT NULL, kind TEXT NOT NULL, added_at TEXT NOT NULL, schema_json TEXT, "
                    + "semantic_roles_json TEXT, steps_json TEXT, fingerprint TEXT, row_count INTEGER)");
            st.execute("INSERT INTO meta VALUES('schema_version', '2')");
            st.execute("INSERT INTO datasets(name, path, kind, added_at) VALUES('old', 'data/old.csv', 'imported', "
                    + "'2026-01-02T03:04:05Z')");
        }
        Workspace ws = Workspace.open(dir);
        assertEquals("3", ws.setting("schema_version").orElseThrow());
        assertEquals(3, Workspace.SCHEMA_VERSION);
        try (Connection c = ws.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertEquals(3, rs.getInt(1));
        }
        assertEquals("old", ws.datasets().getFirst().name());
        AuditService.record(ws, "carol", AuditEvent.success(AuditAction.IMPORT, "new", null), null);
        assertEquals(new AuditVerification(true, 1, null, null, 0, 0), AuditService.verify(ws, List.of()));
        Workspace again = Workspace.open(dir); // idempotent
        assertEquals(1, AuditService.list(again, AuditFilter.ALL).size());
        assertTrue(AuditService.list(again, new AuditFilter(null, "carol", null, null, "NE")).size() == 1);
    }
}
