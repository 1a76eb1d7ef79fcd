package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @Test
    void createsOneSqliteFileAuditorsCanOpen(@TempDir Path tmp) throws Exception {
        Workspace ws = Workspace.open(tmp.resolve("ws"));
        assertTrue(Files.isRegularFile(ws.databaseFile()));
        byte[] header = Files.readAllBytes(ws.databaseFile());
        assertEquals("SQLite format 3", new String(header, 0, 15, java.nio.charset.StandardCharsets.US_ASCII));
        try (Connection c = ws.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            assertTrue(rs.next());
            assertEquals(String.valueOf(Workspace.SCHEMA_VERSION), rs.getString(1));
        }
    }

    @Test
    void registersDatasetsAndSettingsAcrossReopen(@TempDir Path tmp) {
        Workspace ws = Workspace.open(tmp);
        ws.registerDataset("customers", tmp.resolve("data/customers.csv"), "customers");
        ws.registerDataset("products", tmp.resolve("data/products.csv"), "products");
        ws.setSetting("demo", "true");
        Workspace again = Workspace.open(tmp);
        assertEquals(2, again.datasets().size());
        assertEquals("customers", again.datasets().get(0).name());
        assertTrue(again.isDemo());
    }

    @Test
    void corruptDatabaseGivesAClearError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve(Workspace.DATABASE_FILE), "this is not a database, just text ".repeat(200));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(tmp));
        assertTrue(e.getMessage().contains(Workspace.DATABASE_FILE), e.getMessage());
    }
}
