package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SafeSegment workspace: one directory holding a single SQLite database ({@value #DATABASE_FILE}, which an
 * auditor can open with the stock {@code sqlite3} tool) and a {@code data/} folder for the workspace's files.
 *
 * <p>Opening a directory that does not exist yet creates it. Instances are cheap; every call opens its own short
 * JDBC connection so the workspace can be used from any thread.
 */
public final class Workspace {
    /** File name of the workspace database inside the workspace directory. */
    public static final String DATABASE_FILE = "workspace.db";
    /** Schema version written to the {@code meta} table; bump with a migration when the schema changes. */
    public static final int SCHEMA_VERSION = AuditTables.SCHEMA_VERSION;

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path directory;
    private final String jdbcUrl;

    private Workspace(Path directory) {
        this.directory = directory;
        this.jdbcUrl = "jdbc:sqlite:" + directory.resolve(DATABASE_FILE);
    }

    /**
     * Opens (creating when needed) the workspace in {@code directory}.
     *
     * @throws WorkspaceException naming the directory when it cannot be created or its database is unusable
     */
    public static Workspace open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.resolve("data"));
        } catch (IOException e) {
            throw new WorkspaceException(Message.of("workspace.workspace.cannotCreateWorkspaceDirectory", dir, LocalizedMessage.of(e)), e);
        }
        if (!Files.isWritable(dir)) {
            throw new WorkspaceException(Message.of("workspace.workspace.workspaceDirectory", dir));
        }
        LeftoverCleanup.run(List.of(dir, dir.resolve("data"))); // plaintext a crashed run left in this workspace
        // refuses foreign, newer, empty or damaged databases before anything is written to them
        WorkspaceDatabaseCheck.prepare(dir.resolve(DATABASE_FILE), SCHEMA_VERSION);
        Workspace workspace = new Workspace(dir);
        workspace.migrate();
        LOG.info("Opened workspace {}", dir);
        return workspace;
    }

    /** The workspace directory. */
    public Path directory() {
        return directory;
    }

    /** The SQLite database file. */
    public Path databaseFile() {
        return directory.resolve(DATABASE_FILE);
    }

    /** The folder where the workspace keeps its data files. */
    public Path dataDirectory() {
        return directory.resolve("data");
    }

    /** Opens a new JDBC connection to the workspace database; the caller closes it. */
    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = 5000");
        }
        return connection;
    }

    /** Reads a value from the workspace's key/value settings table. */
    public Optional<String> setting(String key) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.workspace.cannotReadSetting", key, databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** Writes a value to the workspace's key/value settings table (never use it for secrets). */
    public void setSetting(String key, String value) {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO meta(key, value) VALUES(?, ?) "
                     + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.workspace.cannotWriteSetting", key, databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** Whether this workspace is in demo mode (opened on the bundled sample datasets). */
    public boolean isDemo() {
        return setting("demo").map(Boolean::parseBoolean).orElse(false);
    }

    /** Registers a dataset file with the workspace so it is listed in the Data section. */
    public void registerDataset(String name, Path file, String kind) {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO datasets(name, path, kind, added_at) VALUES(?, ?, ?, ?) "
                     + "ON CONFLICT(name) DO UPDATE SET path = excluded.path, kind = excluded.kind, "
                     // A replaced file no longer matches the recorded fingerprint, schema or row count.
                     + "fingerprint = NULL, schema_json = NULL, row_count = NULL")) {
            ps.setString(1, name);
            ps.setString(2, file.toAbsolutePath().toString());
            ps.setString(3, kind);
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.workspace.cannotRegisterDataset", name, databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** The datasets registered with this workspace, in the order they were added. */
    public List<DatasetEntry> datasets() {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, path, kind, added_at FROM datasets ORDER BY id")) {
            List<DatasetEntry> result = new ArrayList<>();
            while (rs.next()) {
                // Version-2 datasets store paths relative to the workspace; absolute version-1 paths resolve as-is.
                result.add(new DatasetEntry(rs.getString(1), directory.resolve(rs.getString(2)), rs.getString(3),
                        Instant.parse(rs.getString(4))));
            }
            return result;
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.workspace.cannotListDatasetsIn", databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /**
     * Remembers how a dataset is prepared for use: the column types chosen at import and the cleaning steps, both as
     * JSON written by the caller. Either may be null to keep it unset.
     */
    public void saveDatasetRecipe(String dataset, String columnTypesJson, String cleaningStepsJson) {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_recipes(dataset, column_types, "
                     + "cleaning_steps, updated_at) VALUES(?, ?, ?, ?) ON CONFLICT(dataset) DO UPDATE SET "
                     + "column_types = excluded.column_types, cleaning_steps = excluded.cleaning_steps, "
                     + "updated_at = excluded.updated_at")) {
            ps.setString(1, dataset);
            ps.setString(2, columnTypesJson);
            ps.setString(3, cleaningStepsJson);
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.workspace.cannotSaveThePreparation", dataset, databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** The recipe saved for {@code dataset}, if any. */
    public Optional<DatasetRecipe> datasetRecipe(String dataset) {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT column_types, cleaning_steps FROM dataset_recipes WHERE dataset = ?")) {
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new DatasetRecipe(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.workspace.cannotReadThePreparation", dataset, databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    private void migrate() {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            // One writer at a time: two processes opening a new workspace at once both saw a missing column and the
            // second ALTER TABLE failed ("duplicate column name"). Under the write lock the second one sees the
            // first one's tables and has nothing left to do.
            st.execute("BEGIN IMMEDIATE");
            try {
                migrateLocked(c, st);
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.workspace.workspaceDatabase", databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    private static void migrateLocked(Connection c, Statement st) throws SQLException {
        st.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)");
        st.execute("CREATE TABLE IF NOT EXISTS datasets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
                + "path TEXT NOT NULL, kind TEXT NOT NULL, added_at TEXT NOT NULL)");
        // Added after schema version 1 without a migration step: CREATE IF NOT EXISTS upgrades old workspaces.
        st.execute("CREATE TABLE IF NOT EXISTS dataset_recipes (dataset TEXT PRIMARY KEY, column_types TEXT, "
                + "cleaning_steps TEXT, updated_at TEXT NOT NULL)");
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', ?)")) {
            ps.setString(1, Integer.toString(SCHEMA_VERSION));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO meta(key, value) VALUES('created_at', ?)")) {
            ps.setString(1, Instant.now().toString());
            ps.executeUpdate();
        }
        DatasetStore.migrate(c);
        AuditTables.migrate(c);
    }

    /**
     * How a dataset is prepared each time it is loaded.
     *
     * @param columnTypesJson   JSON object column name to type chosen at import, or null
     * @param cleaningStepsJson JSON array of cleaning steps, or null
     */
    public record DatasetRecipe(String columnTypesJson, String cleaningStepsJson) {
    }

    /** A dataset listed in the workspace. */
    public record DatasetEntry(String name, Path path, String kind, Instant addedAt) {
    }
}
