package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workspace's dataset catalogue in SQLite: the {@code datasets} table (extended in schema version 2 with schema,
 * roles, lineage steps, fingerprint and row count) and {@code dataset_parents} (child → parent ids, so an auditor can
 * follow lineage with plain SQL). Version-1 rows written by {@link Workspace#registerDataset} stay valid: their new
 * columns are null.
 */
public final class DatasetStore {
    /** The schema version this store migrates a workspace database to. */
    public static final int SCHEMA_VERSION = 2;

    private static final Map<String, String> V2_COLUMNS = new LinkedHashMap<>();

    static {
        V2_COLUMNS.put("schema_json", "TEXT");
        V2_COLUMNS.put("semantic_roles_json", "TEXT");
        V2_COLUMNS.put("steps_json", "TEXT");
        V2_COLUMNS.put("fingerprint", "TEXT");
        V2_COLUMNS.put("row_count", "INTEGER");
    }

    private static final String SELECT = "SELECT id, name, path, kind, schema_json, semantic_roles_json, steps_json, "
            + "fingerprint, row_count, added_at FROM datasets";

    private final Workspace workspace;

    /** The dataset catalogue of {@code workspace} (migrated when the workspace was opened). */
    public DatasetStore(Workspace workspace) {
        this.workspace = workspace;
        try (Connection c = workspace.connect()) {
            migrate(c);
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.datasetStore.cannotPrepareTheDataset", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /**
     * Brings the {@code datasets} table from schema version 1 to {@value #SCHEMA_VERSION}: adds the missing columns
     * and the parents table, then records the version. Idempotent; existing rows keep working.
     */
    static void migrate(Connection c) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(datasets)")) {
            while (rs.next()) {
                existing.add(rs.getString("name"));
            }
        }
        try (Statement st = c.createStatement()) {
            for (Map.Entry<String, String> column : V2_COLUMNS.entrySet()) {
                if (!existing.contains(column.getKey())) {
                    st.execute("ALTER TABLE datasets ADD COLUMN " + column.getKey() + " " + column.getValue());
                }
            }
            st.execute("CREATE TABLE IF NOT EXISTS dataset_parents (child INTEGER NOT NULL REFERENCES datasets(id) "
                    + "ON DELETE CASCADE, parent INTEGER NOT NULL REFERENCES datasets(id), position INTEGER NOT NULL, "
                    + "PRIMARY KEY (child, parent))");
            st.execute("UPDATE meta SET value = '" + SCHEMA_VERSION + "' WHERE key = 'schema_version' "
                    + "AND CAST(value AS INTEGER) < " + SCHEMA_VERSION);
        }
    }

    /**
     * Registers a dataset whose file already exists (inside the workspace's data folder); the SHA-256 fingerprint
     * is computed here from the file.
     *
     * @param record the dataset; its id, fingerprint and creation time are ignored and assigned here
     * @return the stored record with its id
     * @throws WorkspaceException when the name is taken, a parent does not exist or the file cannot be read
     */
    public DatasetRecord register(DatasetRecord record) {
        String fingerprint = fingerprint(record.file());
        Instant now = Instant.now();
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO datasets(name, path, kind, added_at, "
                    + "schema_json, semantic_roles_json, steps_json, fingerprint, row_count) "
                    + "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, record.name());
                ps.setString(2, storedPath(record.file()));
                ps.setString(3, record.kind());
                ps.setString(4, now.toString());
                ps.setString(5, record.schemaJson());
                ps.setString(6, record.semanticRolesJson());
                ps.setString(7, record.stepsJson());
                ps.setString(8, fingerprint);
                if (record.rows() == null) {
                    ps.setNull(9, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(9, record.rows());
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO dataset_parents(child, parent, position) VALUES(?, ?, ?)")) {
                int position = 0;
                for (long parent : record.parents()) {
                    ps.setLong(1, id);
                    ps.setLong(2, parent);
                    ps.setInt(3, position++);
                    ps.executeUpdate();
                }
            }
            c.commit();
            return new DatasetRecord(id, record.name(), workspace.directory().resolve(storedPath(record.file())),
                    record.kind(), record.schemaJson(), record.semanticRolesJson(), record.parents(),
                    record.stepsJson(), fingerprint, record.rows(), now);
        } catch (SQLException e) {
            String why = e.getMessage() != null && e.getMessage().contains("UNIQUE") ? "the name is already taken"
                    : e.getMessage() != null && e.getMessage().contains("FOREIGN KEY") ? "a parent dataset does not exist"
                    : e.getMessage();
            throw new WorkspaceException(Message.of("workspace.datasetStore.cannotRegisterDataset", record.name(), workspace.databaseFile(), why), e);
        }
    }

    /**
     * Points dataset {@code id} at a rewritten file (a data subject's rows erased or rectified): its path,
     * fingerprint and row count change; its id, name, schema and lineage stay.
     */
    public void replaceFile(long id, Path file, long rows) {
        String fingerprint = fingerprint(file);
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE datasets SET path = ?, fingerprint = ?, row_count = ? WHERE id = ?")) {
            ps.setString(1, storedPath(file));
            ps.setString(2, fingerprint);
            ps.setLong(3, rows);
            ps.setLong(4, id);
            if (ps.executeUpdate() != 1) {
                throw new WorkspaceException(Message.of("workspace.datasetStore.theWorkspace",
                        workspace.databaseFile(), id));
            }
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.datasetStore.cannotUpdateFile", id,
                    workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** Replaces the semantic role mapping (JSON) of dataset {@code id}. */
    public void updateSemanticRoles(long id, String semanticRolesJson) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE datasets SET semantic_roles_json = ? WHERE id = ?")) {
            ps.setString(1, semanticRolesJson);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.datasetStore.cannotUpdateTheRoles", id, workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /**
     * Replaces the semantic role mapping and the lineage steps (both JSON) of dataset {@code id} in one transaction,
     * so a confirmed mapping and the derivation step it implies are never stored apart.
     */
    public void updateRolesAndSteps(long id, String semanticRolesJson, String stepsJson) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE datasets SET semantic_roles_json = ?, steps_json = ? WHERE id = ?")) {
            ps.setString(1, semanticRolesJson);
            ps.setString(2, stepsJson);
            ps.setLong(3, id);
            if (ps.executeUpdate() != 1) {
                throw new WorkspaceException(Message.of("workspace.datasetStore.theWorkspace", workspace.databaseFile(), id));
            }
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.datasetStore.cannotUpdateTheRoles", id, workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** Every dataset, in the order it was registered. */
    public List<DatasetRecord> list() {
        try (Connection c = workspace.connect()) {
            Map<Long, List<Long>> parents = parents(c);
            List<DatasetRecord> result = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SELECT + " ORDER BY id")) {
                while (rs.next()) {
                    result.add(read(rs, parents));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.datasetStore.cannotListDatasetsIn", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** The dataset with {@code id}, if any. */
    public Optional<DatasetRecord> byId(long id) {
        return list().stream().filter(d -> d.id() == id).findFirst();
    }

    /** The dataset called {@code name}, if any. */
    public Optional<DatasetRecord> byName(String name) {
        return list().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * Registers {@code record} under its name, or {@code name (2)}, {@code name (3)}, … when taken. The free name is
     * looked up and then inserted; when another process took that name in between (two concurrent imports of one
     * file), the insert fails on the unique name and the next free name is tried.
     */
    public DatasetRecord registerUnique(DatasetRecord record) {
        for (int attempt = 0; ; attempt++) {
            DatasetRecord named = new DatasetRecord(record.id(), freeName(record.name()), record.file(), record.kind(),
                    record.schemaJson(), record.semanticRolesJson(), record.parents(), record.stepsJson(),
                    record.fingerprint(), record.rows(), record.createdAt());
            try {
                return register(named);
            } catch (WorkspaceException e) {
                boolean nameTaken = e.getCause() instanceof SQLException sql && sql.getMessage() != null
                        && sql.getMessage().contains("UNIQUE");
                if (!nameTaken || attempt >= 20) {
                    throw e;
                }
            }
        }
    }

    /** {@code base}, or {@code base (2)}, {@code base (3)}, … — the first name no dataset has yet. */
    public String freeName(String base) {
        Set<String> taken = new HashSet<>();
        list().forEach(d -> taken.add(d.name()));
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }

    /** SHA-256 of {@code file} as lower-case hex. */
    public static String fingerprint(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new WorkspaceException(Message.of("workspace.datasetStore.cannotReadDatasetFile", file, LocalizedMessage.of(e)), e);
        } catch (NoSuchAlgorithmException e) {
            throw new LocalizedStateException(Message.of("workspace.datasetStore.sha256IsNot"), e);
        }
    }

    /** Files inside the workspace are stored relative to it, so a moved or copied workspace keeps working. */
    private String storedPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workspace.directory()) ? workspace.directory().relativize(absolute).toString()
                : absolute.toString();
    }

    private DatasetRecord read(ResultSet rs, Map<Long, List<Long>> parents) throws SQLException {
        long id = rs.getLong(1);
        long rows = rs.getLong(9);
        Long rowCount = rs.wasNull() ? null : rows;
        return new DatasetRecord(id, rs.getString(2), workspace.directory().resolve(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), parents.getOrDefault(id, List.of()), rs.getString(7),
                rs.getString(8), rowCount, Instant.parse(rs.getString(10)));
    }

    private static Map<Long, List<Long>> parents(Connection c) throws SQLException {
        Map<Long, List<Long>> parents = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT child, parent FROM dataset_parents ORDER BY child, position")) {
            while (rs.next()) {
                parents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return parents;
    }
}
