package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace database is checked before anything is written (issue #13, item 5): foreign, newer, empty and
 * damaged files are refused with a clear message and left byte for byte as they were.
 */
class WorkspaceDatabaseCheckTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve(Workspace.DATABASE_FILE);
    }

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static int pragma(Path db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.getInt(1);
        }
    }

    private void assertRefusedUnchanged(String expectedWords) throws Exception {
        byte[] before = Files.readAllBytes(db());
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
        assertTrue(e.getMessage().contains(expectedWords), e.getMessage());
        assertTrue(e.getMessage().contains(Workspace.DATABASE_FILE), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db()), "the file was not modified");
        assertTrue(!Files.exists(dir.resolve(Workspace.DATABASE_FILE + "-journal"))
                && !Files.exists(dir.resolve(Workspace.DATABASE_FILE + "-wal")));
    }

    @Test
    void aNewWorkspaceIsStampedAndOwnerOnly() throws Exception {
        Workspace ws = Workspace.open(dir);
        ws.setSetting("k", "v");
        assertEquals(WorkspaceDatabaseCheck.APPLICATION_ID, pragma(db(), "application_id"));
        assertEquals(Workspace.SCHEMA_VERSION, pragma(db(), "user_version"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.dataDirectory())));
        assertEquals("v", Workspace.open(dir).setting("k").orElseThrow(), "reopens");
    }

    @Test
    void workspacesOpenedAtOnceOnANewFolderShareOneDatabase() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < 4; t++) {
                String key = "opened-by-" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    Workspace.open(dir).setSetting(key, "yes");
                    return null;
                }));
            }
            start.countDown();
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Workspace ws = Workspace.open(dir);
        for (int t = 0; t < 4; t++) {
            assertEquals("yes", ws.setting("opened-by-" + t).orElse("lost"), "setting of opener " + t);
        }
    }

    @Test
    void theRollbackJournalOfAWriteIsOwnerOnlyToo() throws Exception {
        Workspace ws = Workspace.open(dir);
        try (Connection c = ws.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("INSERT INTO meta(key, value) VALUES('journal-test', 'x')");
            Path journal = dir.resolve(Workspace.DATABASE_FILE + "-journal");
            assertTrue(Files.exists(journal), "a write transaction has a journal");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(journal)));
            c.rollback();
        }
    }

    @Test
    void aWorkspaceOfThePreviousVersionOpensAndIsUpgraded() throws Exception {
        // what the code before this check wrote: application_id 0, schema_version 1 in meta, mode 0644
        sql(db(), "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
                "INSERT INTO meta VALUES('schema_version', '1')",
                "CREATE TABLE datasets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
                        + "path TEXT NOT NULL, kind TEXT NOT NULL, added_at TEXT NOT NULL)",
                "INSERT INTO datasets(name, path, kind, added_at) VALUES('客户', '/tmp/c.csv', 'csv', "
                        + "'2026-01-01T00:00:00Z')");
        Files.setPosixFilePermissions(db(), PosixFilePermissions.fromString("rw-r--r--"));
        Workspace ws = Workspace.open(dir);
        assertEquals("客户", ws.datasets().get(0).name());
        assertEquals(WorkspaceDatabaseCheck.APPLICATION_ID, pragma(db(), "application_id"));
        assertEquals(Workspace.SCHEMA_VERSION, pragma(db(), "user_version")); // upgraded to today's schema
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db())));
    }

    @Test
    void aWorkspaceSwitchedToWalModeStillOpens() throws Exception {
        Workspace.open(dir).setSetting("k", "v");
        sql(db(), "PRAGMA journal_mode = WAL");
        assertEquals("v", Workspace.open(dir).setting("k").orElseThrow());
    }

    @Test
    void aForeignSqliteFileIsRefusedUntouched() throws Exception {
        sql(db(), "CREATE TABLE invoices (id INTEGER, total REAL)", "INSERT INTO invoices VALUES (1, 9.5)");
        assertRefusedUnchanged("another application");
    }

    @Test
    void anotherApplicationIdIsRefusedUntouched() throws Exception {
        sql(db(), "PRAGMA application_id = 1179469140", "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)");
        assertRefusedUnchanged("another application");
    }

    @Test
    void aNewerSchemaIsRefusedUntouched() throws Exception {
        sql(db(), "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
                "INSERT INTO meta VALUES('schema_version', '999')");
        assertRefusedUnchanged("newer SafeSegment");
    }

    @Test
    void aNewerUserVersionIsRefusedUntouched() throws Exception {
        Workspace.open(dir);
        sql(db(), "PRAGMA user_version = " + (Workspace.SCHEMA_VERSION + 1));
        assertRefusedUnchanged("newer SafeSegment");
    }

    @Test
    void aZeroByteFileIsRefusedNotReset() throws Exception {
        Files.write(db(), new byte[0]);
        assertRefusedUnchanged("empty (0 bytes)");
        assertEquals(0, Files.size(db()));
    }

    @Test
    void aDamagedPageIsFoundAndRefused() throws Exception {
        Workspace ws = Workspace.open(dir);
        for (int i = 0; i < 300; i++) {
            ws.registerDataset("dataset-" + i, dir.resolve("d" + i + ".csv"), "csv");
        }
        long pageSize = pragma(db(), "page_size");
        long pages = Files.size(db()) / pageSize;
        assertTrue(pages > 3, "enough pages to damage one in the middle");
        try (RandomAccessFile f = new RandomAccessFile(db().toFile(), "rw")) {
            f.seek(pageSize * (pages - 2)); // a b-tree page of the datasets table, not the header page
            byte[] garbage = new byte[(int) pageSize];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            f.write(garbage);
        }
        assertRefusedUnchanged("damaged");
    }

    @Test
    void textThatIsNotADatabaseIsRefusedUntouched() throws Exception {
        Files.writeString(db(), "SQLite format 2 - not really\n".repeat(100));
        assertRefusedUnchanged("not an SQLite database");
    }
}
