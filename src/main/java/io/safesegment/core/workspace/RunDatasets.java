package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which workspace datasets a saved run read (table {@code run_datasets}): segment runs and recommendation evaluation
 * runs record them here so the run lists can show them, without changing the runs' own tables. Dataset names are
 * stored as well as ids so a run still says what it used after the dataset is gone.
 */
public final class RunDatasets {
    /** Run kind of clustering runs ({@code segment_runs}). */
    public static final String SEGMENT = "segment";
    /** Run kind of recommendation evaluation runs ({@code recommend_runs}). */
    public static final String RECOMMEND_EVALUATION = "recommend_evaluation";

    private final Workspace workspace;

    /** The run/dataset links of {@code workspace}; creates the table when missing. */
    public RunDatasets(Workspace workspace) {
        this.workspace = workspace;
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS run_datasets (run_kind TEXT NOT NULL, run_id TEXT NOT NULL, "
                    + "role TEXT NOT NULL, dataset_id INTEGER, dataset_name TEXT NOT NULL, "
                    + "PRIMARY KEY (run_kind, run_id, role))");
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.runDatasets.cannotPrepareTheRun", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /**
     * One dataset a run read.
     *
     * @param role what it was used as, e.g. {@code customers}, {@code transactions}
     * @param id   the dataset id, or null when the input was not a registered dataset
     * @param name the dataset name
     */
    public record Used(String role, Long id, String name) {
    }

    /** Records the datasets run {@code runId} of {@code runKind} read (replacing an earlier record). */
    public void record(String runKind, String runId, List<Used> used) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO run_datasets VALUES(?, ?, ?, ?, ?)")) {
            for (Used u : used) {
                ps.setString(1, runKind);
                ps.setString(2, runId);
                ps.setString(3, u.role());
                if (u.id() == null) {
                    ps.setNull(4, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(4, u.id());
                }
                ps.setString(5, u.name());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.runDatasets.cannotRecordTheDatasets", runId, workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** The datasets run {@code runId} read, in role order as recorded. */
    public List<Used> of(String runKind, String runId) {
        return all(runKind).getOrDefault(runId, List.of());
    }

    /** Run id → datasets it read, for every run of {@code runKind}. */
    public Map<String, List<Used>> all(String runKind) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT run_id, role, dataset_id, dataset_name FROM "
                     + "run_datasets WHERE run_kind = ? ORDER BY rowid")) {
            ps.setString(1, runKind);
            Map<String, List<Used>> result = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(3);
                    Long datasetId = rs.wasNull() ? null : id;
                    result.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                            .add(new Used(rs.getString(2), datasetId, rs.getString(4)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("workspace.runDatasets.cannotReadTheDatasets", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** The names of the datasets of a run, joined for a list cell, or empty when none was recorded. */
    public static Optional<String> describe(List<Used> used) {
        return used.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" + ", used.stream().map(Used::name).toList()));
    }
}
