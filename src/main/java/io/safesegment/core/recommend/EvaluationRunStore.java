package io.safesegment.core.recommend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.eval.EvaluationReport;
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
import java.util.Optional;
import java.util.UUID;

/**
 * Saves recommendation evaluation runs in the workspace database (table {@code recommend_runs}: the whole report,
 * per model and per customer segment, as JSON text) so that a marketer can reopen the results table of an earlier run
 * and see which data, protocol and seed produced it. Reports hold metrics and hyper-parameters only, never customer
 * ids.
 */
public final class EvaluationRunStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS recommend_runs (
              id TEXT PRIMARY KEY,
              created_at TEXT NOT NULL,
              source TEXT NOT NULL,
              models_json TEXT NOT NULL,
              report_json TEXT NOT NULL
            )""";

    private final Workspace workspace;

    /** A store in {@code workspace}; creates the table when missing. */
    public EvaluationRunStore(Workspace workspace) {
        this.workspace = workspace;
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            s.execute(CREATE);
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("recommend.evaluationRunStore.cannotPrepareTheRecommend", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /**
     * A saved evaluation.
     *
     * @param id        run id
     * @param createdAt when it was saved
     * @param source    what the interactions were built from (file names and weighting), for the run list
     * @param report    the results, per model and per segment
     */
    public record SavedRun(String id, Instant createdAt, String source, EvaluationReport report) {
    }

    /**
     * One line of the run list.
     *
     * @param models model names in report order
     * @param folds  splits of the protocol
     * @param k      list length of the ranking metrics
     * @param seed   seed of splits and models
     */
    public record Summary(String id, Instant createdAt, String source, List<String> models, int folds, int k,
            long seed) {
    }

    /** Saves {@code report} under a new id and returns the saved run. */
    public SavedRun save(String source, EvaluationReport report) {
        SavedRun run = new SavedRun(UUID.randomUUID().toString(), Instant.now(), source, report);
        String sql = "INSERT INTO recommend_runs VALUES (?,?,?,?,?)";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, run.id());
            ps.setString(2, run.createdAt().toString());
            ps.setString(3, source);
            ps.setString(4, JSON.writeValueAsString(report.models().stream().map(m -> m.model()).toList()));
            ps.setString(5, JSON.writeValueAsString(report));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException(Message.of("recommend.evaluationRunStore.cannotSaveTheRecommendation", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
        return run;
    }

    /** Loads a run by id. */
    public Optional<SavedRun> load(String id) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM recommend_runs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SavedRun(rs.getString("id"), Instant.parse(rs.getString("created_at")),
                        rs.getString("source"), JSON.readValue(rs.getString("report_json"), EvaluationReport.class)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException(Message.of("recommend.evaluationRunStore.cannotLoadRecommendationEvaluation", id, workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
    }

    /** All runs, newest first. */
    public List<Summary> list() {
        List<Summary> out = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, created_at, source, models_json, report_json "
                     + "FROM recommend_runs ORDER BY created_at DESC")) {
            while (rs.next()) {
                EvaluationReport report = JSON.readValue(rs.getString("report_json"), EvaluationReport.class);
                out.add(new Summary(rs.getString("id"), Instant.parse(rs.getString("created_at")),
                        rs.getString("source"),
                        JSON.readValue(rs.getString("models_json"), new TypeReference<List<String>>() { }),
                        report.models().isEmpty() ? 0 : report.models().getFirst().folds(), report.options().k(),
                        report.options().seed()));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException(Message.of("recommend.evaluationRunStore.cannotListRecommendationEvaluations", workspace.databaseFile(), LocalizedMessage.of(e)), e);
        }
        return out;
    }
}
