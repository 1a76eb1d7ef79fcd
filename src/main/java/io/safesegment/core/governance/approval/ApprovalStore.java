package io.safesegment.core.governance.approval;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code approvals} and {@code exports} tables. They are created on first use (CREATE TABLE IF NOT EXISTS, e.g. by
 * the first masked export into a workspace), not by a schema-version migration, so the parallel users slice can own
 * the next schema version (decision 0026).
 */
final class ApprovalStore {
    private static final String APPROVAL_COLUMNS = "id, policy_id, policy_revision, dataset, risk_k, risk_l, risk_t, "
            + "risk_prosecutor, risk_journalist, risk_marketer, note, requested_by, requested_at, status, decided_by, "
            + "decided_at, reason";
    private static final String EXPORT_COLUMNS = "id, at, user, file, sha256, source_dataset, source_fingerprint, "
            + "policy_id, policy_revision, approval_id, leak_scan, overridden, row_count";

    private final Workspace workspace;

    ApprovalStore(Workspace workspace) {
        this.workspace = workspace;
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS approvals (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "policy_id TEXT NOT NULL, policy_revision INTEGER NOT NULL, dataset TEXT, risk_k INTEGER, "
                    + "risk_l INTEGER, risk_t REAL, risk_prosecutor REAL, risk_journalist REAL, risk_marketer REAL, "
                    + "note TEXT, requested_by TEXT NOT NULL, requested_at TEXT NOT NULL, status TEXT NOT NULL, "
                    + "decided_by TEXT, decided_at TEXT, reason TEXT)");
            st.execute("CREATE TABLE IF NOT EXISTS exports (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                    + "user TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL, source_dataset TEXT, "
                    + "source_fingerprint TEXT, policy_id TEXT NOT NULL, policy_revision INTEGER NOT NULL, "
                    + "approval_id INTEGER, leak_scan TEXT NOT NULL, overridden INTEGER NOT NULL, "
                    + "row_count INTEGER NOT NULL)");
        } catch (SQLException e) {
            throw fail(Message.of("approval.approvalStore.prepare"), e);
        }
    }

    Approval insert(ApprovalRequest r, String user, Instant at) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO approvals("
                + "policy_id, policy_revision, dataset, risk_k, risk_l, risk_t, risk_prosecutor, risk_journalist, "
                + "risk_marketer, note, requested_by, requested_at, status) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.policyId());
            ps.setInt(2, r.policyRevision());
            ps.setString(3, r.dataset());
            setNullable(ps, 4, r.risk().k());
            setNullable(ps, 5, r.risk().l());
            setNullable(ps, 6, r.risk().t());
            setNullable(ps, 7, r.risk().prosecutor());
            setNullable(ps, 8, r.risk().journalist());
            setNullable(ps, 9, r.risk().marketer());
            ps.setString(10, r.note());
            ps.setString(11, user);
            ps.setString(12, at.toString());
            ps.setString(13, ApprovalStatus.PENDING.code());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return find(keys.getLong(1)).orElseThrow();
            }
        } catch (SQLException e) {
            throw fail(Message.of("approval.approvalStore.store"), e);
        }
    }

    /** Decides a pending request; false when it was not pending any more (another officer was faster). */
    boolean decide(long id, ApprovalStatus status, String user, Instant at, String reason) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("UPDATE approvals SET "
                + "status = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ? AND status = ?")) {
            ps.setString(1, status.code());
            ps.setString(2, user);
            ps.setString(3, at.toString());
            ps.setString(4, reason);
            ps.setLong(5, id);
            ps.setString(6, ApprovalStatus.PENDING.code());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw fail(Message.of("approval.approvalStore.decide"), e);
        }
    }

    Optional<Approval> find(long id) {
        List<Approval> found = approvals(" WHERE id = " + id);
        return found.stream().findFirst();
    }

    List<Approval> approvals(String where) {
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + APPROVAL_COLUMNS + " FROM approvals" + where
                     + " ORDER BY id")) {
            List<Approval> result = new ArrayList<>();
            while (rs.next()) {
                ApprovalRisk risk = new ApprovalRisk(integer(rs, 5), integer(rs, 6), real(rs, 7), real(rs, 8),
                        real(rs, 9), real(rs, 10));
                result.add(new Approval(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), risk,
                        rs.getString(11), rs.getString(12), Instant.parse(rs.getString(13)),
                        ApprovalStatus.parse(rs.getString(14)).orElseThrow(), rs.getString(15),
                        rs.getString(16) == null ? null : Instant.parse(rs.getString(16)), rs.getString(17)));
            }
            return result;
        } catch (SQLException e) {
            throw fail(Message.of("approval.approvalStore.read"), e);
        }
    }

    /** The newest approved request of exactly this policy revision. */
    Optional<Approval> approved(String policyId, int revision) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT id FROM approvals "
                + "WHERE policy_id = ? AND policy_revision = ? AND status = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, policyId);
            ps.setInt(2, revision);
            ps.setString(3, ApprovalStatus.APPROVED.code());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? find(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail(Message.of("approval.approvalStore.read"), e);
        }
    }

    ExportRecord insertExport(ExportRecord r) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO exports("
                + "at, user, file, sha256, source_dataset, source_fingerprint, policy_id, policy_revision, "
                + "approval_id, leak_scan, overridden, row_count) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.at().toString());
            ps.setString(2, r.user());
            ps.setString(3, r.file());
            ps.setString(4, r.sha256());
            ps.setString(5, r.sourceDataset());
            ps.setString(6, r.sourceFingerprint());
            ps.setString(7, r.policyId());
            ps.setInt(8, r.policyRevision());
            setNullable(ps, 9, r.approvalId());
            ps.setString(10, r.leakScan());
            ps.setInt(11, r.overridden() ? 1 : 0);
            ps.setLong(12, r.rows());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                return new ExportRecord(id, r.at(), r.user(), r.file(), r.sha256(), r.sourceDataset(),
                        r.sourceFingerprint(), r.policyId(), r.policyRevision(), r.approvalId(), r.leakScan(),
                        r.overridden(), r.rows());
            }
        } catch (SQLException e) {
            throw fail(Message.of("approval.approvalStore.recordExport"), e);
        }
    }

    List<ExportRecord> exports() {
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + EXPORT_COLUMNS + " FROM exports ORDER BY id")) {
            List<ExportRecord> result = new ArrayList<>();
            while (rs.next()) {
                Integer approval = integer(rs, 10);
                result.add(new ExportRecord(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9), approval == null ? null : approval.longValue(), rs.getString(11),
                        rs.getInt(12) != 0, rs.getLong(13)));
            }
            return result;
        } catch (SQLException e) {
            throw fail(Message.of("approval.approvalStore.readExports"), e);
        }
    }

    private static void setNullable(PreparedStatement ps, int index, Number value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else {
            ps.setLong(index, value.longValue());
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Double real(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private WorkspaceException fail(Message what, SQLException e) {
        return new WorkspaceException(Message.of("approval.approvalStore.cannot", what, workspace.databaseFile(),
                LocalizedMessage.of(e)), e);
    }
}
