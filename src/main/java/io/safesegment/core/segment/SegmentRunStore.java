package io.safesegment.core.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves clustering runs in the workspace database (table {@code segment_runs}, arrays and maps as JSON text) and
 * loads them back for side-by-side comparison.
 */
public final class SegmentRunStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS segment_runs (
              id TEXT PRIMARY KEY,
              created_at TEXT NOT NULL,
              algorithm TEXT NOT NULL,
              parameters_json TEXT NOT NULL,
              seed INTEGER NOT NULL,
              features_json TEXT NOT NULL,
              dataset_fingerprint TEXT NOT NULL,
              row_fingerprint TEXT NOT NULL,
              duration_ms INTEGER NOT NULL,
              labels_json TEXT NOT NULL,
              sizes_json TEXT NOT NULL,
              noise INTEGER NOT NULL,
              centroids_json TEXT NOT NULL,
              segment_names_json TEXT NOT NULL,
              silhouette REAL
            )""";

    private final Workspace workspace;

    /** A store in the given workspace; creates the table when missing. */
    public SegmentRunStore(Workspace workspace) {
        this.workspace = workspace;
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            s.execute(CREATE);
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("segment.segmentRunStore.cannotPrepareTheSegment", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** One line of the run list. */
    public record Summary(String id, Instant createdAt, Algorithm algorithm, int k, long seed, List<String> features,
                          Double silhouette, Map<String, Object> parameters) {
    }

    /** Saves (or replaces) a run. */
    public void save(ClusteringRun run) {
        String sql = "INSERT OR REPLACE INTO segment_runs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, run.id());
            ps.setString(2, run.createdAt().toString());
            ps.setString(3, run.algorithm().name());
            ps.setString(4, JSON.writeValueAsString(run.parameters()));
            ps.setLong(5, run.seed());
            ps.setString(6, JSON.writeValueAsString(run.featureNames()));
            ps.setString(7, run.datasetFingerprint());
            ps.setString(8, run.rowFingerprint());
            ps.setLong(9, run.durationMillis());
            ps.setString(10, JSON.writeValueAsString(run.labels()));
            ps.setString(11, JSON.writeValueAsString(run.sizes()));
            ps.setInt(12, run.noise());
            ps.setString(13, JSON.writeValueAsString(run.centroids()));
            ps.setString(14, JSON.writeValueAsString(run.segmentNames()));
            if (run.silhouette() == null) {
                ps.setNull(15, java.sql.Types.REAL);
            } else {
                ps.setDouble(15, run.silhouette());
            }
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException(Message.of("segment.segmentRunStore.cannotSaveSegmentationRun", run.id(), workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** Loads a run by id. */
    public Optional<ClusteringRun> load(String id) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM segment_runs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException(Message.of("segment.segmentRunStore.cannotLoadSegmentationRun", id, workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** All runs, newest first. */
    public List<Summary> list() {
        List<Summary> out = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, created_at, algorithm, seed, features_json, sizes_json, "
                     + "silhouette, parameters_json FROM segment_runs ORDER BY created_at DESC")) {
            while (rs.next()) {
                double sil = rs.getDouble("silhouette");
                // wasNull() describes the column read last, so ask before reading the others.
                Double silhouette = rs.wasNull() ? null : sil;
                out.add(new Summary(rs.getString("id"), Instant.parse(rs.getString("created_at")),
                        Algorithm.valueOf(rs.getString("algorithm")),
                        JSON.readValue(rs.getString("sizes_json"), int[].class).length, rs.getLong("seed"),
                        JSON.readValue(rs.getString("features_json"), new TypeReference<List<String>>() { }),
                        silhouette,
                        JSON.readValue(rs.getString("parameters_json"), new TypeReference<Map<String, Object>>() { })));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException(Message.of("segment.segmentRunStore.cannotListSegmentationRuns", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
        return out;
    }

    private static ClusteringRun read(ResultSet rs) throws SQLException, JsonProcessingException {
        double sil = rs.getDouble("silhouette");
        Double silhouette = rs.wasNull() ? null : sil;
        return new ClusteringRun(rs.getString("id"), Instant.parse(rs.getString("created_at")),
                Algorithm.valueOf(rs.getString("algorithm")),
                JSON.readValue(rs.getString("parameters_json"), new TypeReference<Map<String, Object>>() { }),
                rs.getLong("seed"),
                JSON.readValue(rs.getString("features_json"), new TypeReference<List<String>>() { }),
                rs.getString("dataset_fingerprint"), rs.getString("row_fingerprint"), rs.getLong("duration_ms"),
                JSON.readValue(rs.getString("labels_json"), int[].class),
                JSON.readValue(rs.getString("sizes_json"), int[].class), rs.getInt("noise"),
                JSON.readValue(rs.getString("centroids_json"), double[][].class),
                JSON.readValue(rs.getString("segment_names_json"), new TypeReference<List<String>>() { }),
                silhouette);
    }
}
