package io.safesegment.core.subject;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code subject_requests} table (created on first use); it holds no value of the person. */
final class SubjectRequestStore {
    static final Duration DEADLINE = Duration.ofDays(30);
    private static final String COLUMNS = "id, type, key_kind, received_at, deadline, status, completed_at, "
            + "handled_by, outcome";

    private final Workspace workspace;

    SubjectRequestStore(Workspace workspace) {
        this.workspace = workspace;
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS subject_requests (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "type TEXT NOT NULL, key_kind TEXT NOT NULL, received_at TEXT NOT NULL, deadline TEXT NOT NULL, "
                    + "status TEXT NOT NULL, completed_at TEXT, handled_by TEXT NOT NULL, outcome TEXT)");
        } catch (SQLException e) {
            throw fail(Message.of("subject.subjectRequestStore.prepare"), e);
        }
    }

    SubjectRequest open(String type, SubjectKey key, String user, Instant now) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO "
                + "subject_requests(type, key_kind, received_at, deadline, status, handled_by) VALUES(?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, type);
            ps.setString(2, key.code());
            ps.setString(3, now.toString());
            ps.setString(4, now.plus(DEADLINE).toString());
            ps.setString(5, "open");
            ps.setString(6, user);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return find(keys.getLong(1)).orElseThrow();
            }
        } catch (SQLException e) {
            throw fail(Message.of("subject.subjectRequestStore.store"), e);
        }
    }

    SubjectRequest update(long id, String type, String status, String user, String outcome, Instant now) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("UPDATE subject_requests "
                + "SET type = ?, status = ?, completed_at = ?, handled_by = ?, outcome = ? WHERE id = ?")) {
            ps.setString(1, type);
            ps.setString(2, status);
            ps.setString(3, "completed".equals(status) ? now.toString() : null);
            ps.setString(4, user);
            ps.setString(5, outcome);
            ps.setLong(6, id);
            ps.executeUpdate();
            return find(id).orElseThrow();
        } catch (SQLException e) {
            throw fail(Message.of("subject.subjectRequestStore.update", id), e);
        }
    }

    Optional<SubjectRequest> find(long id) {
        return list(" WHERE id = " + id).stream().findFirst();
    }

    List<SubjectRequest> list(String where) {
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM subject_requests" + where + " ORDER BY id")) {
            List<SubjectRequest> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new SubjectRequest(rs.getLong(1), rs.getString(2),
                        SubjectKey.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)),
                        Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5)), rs.getString(6),
                        rs.getString(7) == null ? null : Instant.parse(rs.getString(7)), rs.getString(8),
                        rs.getString(9)));
            }
            return result;
        } catch (SQLException e) {
            throw fail(Message.of("subject.subjectRequestStore.read"), e);
        }
    }

    private WorkspaceException fail(Message what, SQLException e) {
        return new WorkspaceException(Message.of("approval.approvalStore.cannot", what, workspace.databaseFile(),
                LocalizedMessage.of(e)), e);
    }
}
