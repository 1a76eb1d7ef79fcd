package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStoreTest {

    @Test
    void registersWithFingerprintParentsAndRelativePath(@TempDir Path tmp) throws Exception {
        Workspace ws = Workspace.open(tmp);
        Path raw = Files.writeString(ws.dataDirectory().resolve("raw.csv"), "id,x\n1,2\n");
        Path masked = Files.writeString(ws.dataDirectory().resolve("masked.csv"), "id,x\nA,2\n");
        DatasetStore store = new DatasetStore(ws);
        DatasetRecord parent = store.register(record("raw", raw, "imported", List.of()));
        DatasetRecord child = store.register(record("raw masked", masked, "masked", List.of(parent.id())));

        assertEquals(List.of(parent.id()), store.byName("raw masked").orElseThrow().parents());
        // SHA-256 of "id,x\n1,2\n" computed independently (sha256sum).
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("id,x\n1,2\n".getBytes(StandardCharsets.UTF_8))), parent.fingerprint());
        assertEquals(64, child.fingerprint().length());
        try (Connection c = ws.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT path FROM datasets WHERE id = " + child.id())) {
            assertTrue(rs.next());
            assertEquals(Path.of("data", "masked.csv").toString(), rs.getString(1), "stored relative to the workspace");
        }
        assertEquals(masked.toAbsolutePath(), store.byId(child.id()).orElseThrow().file());
        assertEquals(masked.toAbsolutePath(), ws.datasets().get(1).path(), "the version-1 listing resolves it too");
    }

    @Test
    void reRegisteringANameTheOldWayForgetsTheStaleFingerprint(@TempDir Path tmp) throws Exception {
        Workspace ws = Workspace.open(tmp);
        Path file = Files.writeString(ws.dataDirectory().resolve("a.csv"), "a\n1\n");
        DatasetStore store = new DatasetStore(ws);
        store.register(record("query@shop", file, "postgres", List.of()));
        Path replaced = Files.writeString(ws.dataDirectory().resolve("a-2.csv"), "a\n2\n");
        ws.registerDataset("query@shop", replaced, "csv");
        DatasetRecord now = store.byName("query@shop").orElseThrow();
        assertEquals(replaced.toAbsolutePath(), now.file());
        assertNull(now.fingerprint());
        assertNull(now.rows());
    }

    @Test
    void refusesTakenNamesAndUnknownParents(@TempDir Path tmp) throws Exception {
        Workspace ws = Workspace.open(tmp);
        Path file = Files.writeString(ws.dataDirectory().resolve("a.csv"), "a\n1\n");
        DatasetStore store = new DatasetStore(ws);
        store.register(record("a", file, "imported", List.of()));
        WorkspaceException taken = assertThrows(WorkspaceException.class,
                () -> store.register(record("a", file, "imported", List.of())));
        assertTrue(taken.getMessage().contains("already taken"), taken.getMessage());
        WorkspaceException orphan = assertThrows(WorkspaceException.class,
                () -> store.register(record("b", file, "masked", List.of(999L))));
        assertTrue(orphan.getMessage().contains("parent dataset does not exist"), orphan.getMessage());
        assertEquals("a (2)", store.freeName("a"));
        assertEquals(1, store.list().size(), "a failed registration leaves nothing behind");
    }

    @Test
    void migratesAVersionOneDatabaseKeepingItsRows(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("data"));
        Path legacyFile = Files.writeString(tmp.resolve("elsewhere.csv"), "CustomerID,Genre\n1,Male\n");
        // The exact schema and rows schema version 1 wrote (Workspace.migrate + registerDataset before version 2).
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve(Workspace.DATABASE_FILE));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)");
            st.execute("CREATE TABLE datasets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
                    + "path TEXT NOT NULL, kind TEXT NOT NULL, added_at TEXT NOT NULL)");
            st.execute("CREATE TABLE dataset_recipes (dataset TEXT PRIMARY KEY, column_types TEXT, "
                    + "cleaning_steps TEXT, updated_at TEXT NOT NULL)");
            st.execute("INSERT INTO meta VALUES('schema_version', '1')");
            st.execute("INSERT INTO datasets(name, path, kind, added_at) VALUES('mall.csv', '"
                    + legacyFile.toAbsolutePath() + "', 'csv', '2026-01-02T03:04:05Z')");
        }
        Workspace ws = Workspace.open(tmp);
        assertEquals("3", ws.setting("schema_version").orElseThrow()); // through version 2 to 3 (audit tables)
        assertEquals(legacyFile.toAbsolutePath(), ws.datasets().getFirst().path());
        DatasetStore store = new DatasetStore(ws);
        DatasetRecord legacy = store.byName("mall.csv").orElseThrow();
        assertEquals("csv", legacy.kind());
        assertNull(legacy.fingerprint());
        assertNull(legacy.rows());
        assertEquals(List.of(), legacy.parents());
        Path masked = Files.writeString(ws.dataDirectory().resolve("m.csv"), "CustomerID\nX\n");
        DatasetRecord child = store.register(record("mall masked", masked, "masked", List.of(legacy.id())));
        assertEquals(List.of(legacy.id()), child.parents(), "a legacy row can be a parent");
        Workspace.open(tmp); // migrating again is harmless
        assertEquals(2, new DatasetStore(ws).list().size());
    }

    private static DatasetRecord record(String name, Path file, String kind, List<Long> parents) {
        return new DatasetRecord(0, name, file, kind, "[]", "{}", parents, "[]", null, 1L, null);
    }
}
