package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Checks {@code workspace.db} before {@link Workspace} writes a single byte to it, so that a foreign SQLite file, a
 * database of a newer SafeSegment, a truncated (zero-byte) or damaged file is refused with a clear message and left
 * exactly as it was. The checks run on a read-only connection: the SQLite magic, {@code PRAGMA application_id}
 * ({@link #APPLICATION_ID}, or 0 with SafeSegment's {@code meta} table for workspaces made before it was set), the
 * schema version ({@code user_version} and {@code meta.schema_version}) and {@code PRAGMA quick_check}.
 *
 * <p>A missing database is created owner-only (0600; SQLite gives its journal and WAL files the same mode) under a
 * temporary name and linked into place, so two processes creating one workspace end up with one database. An
 * accepted database of an older version is stamped with the application id and user version, and its files and the
 * workspace's {@code data/} folder are made owner-only.
 */
public final class WorkspaceDatabaseCheck {
    /** {@code PRAGMA application_id} of a SafeSegment workspace: "SSeg" in ASCII. */
    public static final int APPLICATION_ID = 0x53536567;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceDatabaseCheck() {
    }

    /**
     * Makes sure {@code database} is a SafeSegment workspace database this version can use, creating it when missing.
     *
     * @param database         the {@code workspace.db} file
     * @param supportedVersion the newest schema version this SafeSegment reads
     * @throws WorkspaceException naming the file and what is wrong; the file is then unchanged
     */
    public static void prepare(Path database, int supportedVersion) {
        try {
            if (!Files.exists(database)) {
                createOwnerOnly(database, supportedVersion);
            }
            boolean legacy = verify(database, supportedVersion);
            if (legacy) {
                stamp(database, supportedVersion);
            }
            restrictPermissions(database);
        } catch (IOException | SQLException e) {
            throw new WorkspaceException(Message.of("workspace.workspaceDatabaseCheck.workspaceDatabase2", database, LocalizedMessage.of(e)), e);
        }
    }

    /** Refuses anything but a SafeSegment database of a supported version; returns whether it predates the stamp. */
    private static boolean verify(Path database, int supportedVersion) throws IOException, SQLException {
        long size = Files.size(database);
        if (size == 0) {
            throw refuse(database, Message.of("workspace.workspaceDatabaseCheck.empty"));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(database)) {
            head = in.readNBytes(SQLITE_MAGIC.length);
        }
        if (!Arrays.equals(head, SQLITE_MAGIC)) {
            throw refuse(database, Message.of("workspace.workspaceDatabaseCheck.notSqlite"));
        }
        try (Connection c = readOnly(database); Statement st = c.createStatement()) {
            int applicationId = intPragma(st, "application_id");
            int userVersion = intPragma(st, "user_version");
            Set<String> tables = tables(st);
            if (applicationId != APPLICATION_ID && applicationId != 0) {
                throw refuse(database, Message.of("workspace.workspaceDatabaseCheck.otherApplication",
                        String.format("0x%08x", applicationId), String.format("0x%08x", APPLICATION_ID)));
            }
            boolean legacy = applicationId == 0;
            if (legacy && !tables.isEmpty() && !tables.contains("meta")) {
                throw refuse(database, Message.of("workspace.workspaceDatabaseCheck.otherTables",
                        String.join(", ", tables.stream().sorted().limit(5).toList())));
            }
            int schemaVersion = tables.contains("meta") ? metaSchemaVersion(st, database) : userVersion;
            int newest = Math.max(userVersion, schemaVersion);
            if (newest > supportedVersion) {
                throw refuse(database, Message.of("workspace.workspaceDatabaseCheck.newer", newest, supportedVersion));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(first)) {
                    throw refuse(database, Message.of("workspace.workspaceDatabaseCheck.damaged", first));
                }
            }
            return legacy || userVersion < supportedVersion;
        } catch (SQLException e) {
            throw refuse(database, Message.of("workspace.workspaceDatabaseCheck.damagedOrNot", LocalizedMessage.of(e)));
        }
    }

    private static int metaSchemaVersion(Statement st, Path database) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            if (!rs.next()) {
                return 0;
            }
            try {
                return Integer.parseInt(rs.getString(1).strip());
            } catch (NumberFormatException | NullPointerException e) {
                throw refuse(database, Message.of("workspace.workspaceDatabaseCheck.schemaUnreadable"));
            }
        }
    }

    private static Set<String> tables(Statement st) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static int intPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Connection readOnly(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        return DriverManager.getConnection("jdbc:sqlite:" + database, config.toProperties());
    }

    /** Records the application id and schema version (an older workspace that passed the checks). */
    private static void stamp(Path database, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + version);
        }
    }

    private static void createOwnerOnly(Path database, int version) throws IOException, SQLException {
        Files.createDirectories(database.getParent());
        Path tmp = TempFiles.createBeside(database); // 0600, and removed after a crash
        try {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp);
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                st.execute("PRAGMA user_version = " + version);
                // an empty database has no page yet: make SQLite write its header so the file is a database
                st.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)");
            }
            try {
                Files.createLink(database, tmp); // fails if another process created the database meanwhile
            } catch (FileAlreadyExistsException e) {
                // theirs wins; it is checked like any existing database
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, database);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restrictPermissions(Path database) throws IOException {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Path f = database.resolveSibling(database.getFileName() + suffix);
                if (Files.isRegularFile(f)) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                }
            }
            Path data = database.resolveSibling("data");
            if (Files.isDirectory(data)) {
                Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the user's profile ACLs apply
        }
    }

    private static WorkspaceException refuse(Path database, Message why) {
        return new WorkspaceException(Message.of("workspace.workspaceDatabaseCheck.workspaceDatabase", database, why));
    }
}
