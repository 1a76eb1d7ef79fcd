package io.safesegment.core.governance.retention;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedSecurityException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.DatasetRecord;
import io.safesegment.core.workspace.DatasetStore;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Retention periods per dataset ({@code retention} table, created on first use) and the check that lists datasets
 * kept longer than their period. Setting a period is an Administrator's or a Privacy Officer's decision and is
 * audited; checking reads only.
 */
public final class RetentionService {
    /** Longest period accepted (100 years): anything longer is a typo, not a retention policy. */
    public static final int MAX_DAYS = 36_500;

    private RetentionService() {
    }

    /**
     * Sets (or with {@code days} null, removes) the retention period of {@code dataset} (name or id).
     *
     * @throws IllegalArgumentException for an unknown dataset or a period outside 1..{@value #MAX_DAYS}
     * @throws SecurityException        for an Analyst (recorded as a refusal)
     */
    public static RetentionStatus set(Workspace workspace, Actor actor, String dataset, Integer days, String reason) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new LocalizedArgumentException(Message.of("retention.retentionService.days", MAX_DAYS, days));
        }
        DatasetRecord record = find(workspace, dataset);
        if (actor.role() == Role.ANALYST) {
            AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.PERMISSION_DENIED,
                    record.name(), record.fingerprint(), AuditOutcome.BLOCKED, "retention role=analyst"), null);
            throw new LocalizedSecurityException(Message.of("retention.retentionService.analystCannotSet"));
        }
        try (Connection c = workspace.connect()) {
            ensureTable(c);
            if (days == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM retention WHERE dataset_id = ?")) {
                    ps.setLong(1, record.id());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO retention(dataset_id, days, reason, "
                        + "set_by, set_at) VALUES(?,?,?,?,?) ON CONFLICT(dataset_id) DO UPDATE SET days = excluded"
                        + ".days, reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at")) {
                    ps.setLong(1, record.id());
                    ps.setInt(2, days);
                    ps.setString(3, reason == null || reason.isBlank() ? null : reason.strip());
                    ps.setString(4, actor.user());
                    ps.setString(5, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("retention.retentionService.cannotStore", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
        AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.RETENTION, record.name(),
                record.fingerprint(), AuditOutcome.SUCCESS, days == null ? "days=none" : "days=" + days), null);
        return check(workspace, Instant.now()).stream().filter(s -> s.datasetId() == record.id()).findFirst()
                .orElseThrow();
    }

    /** Every dataset with its retention status at {@code now}, in registration order. */
    public static List<RetentionStatus> check(Workspace workspace, Instant now) {
        Map<Long, Object[]> periods = new HashMap<>();
        try (Connection c = workspace.connect()) {
            ensureTable(c);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT dataset_id, days, reason FROM retention")) {
                while (rs.next()) {
                    periods.put(rs.getLong(1), new Object[] {rs.getInt(2), rs.getString(3)});
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(Message.of("retention.retentionService.cannotRead", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
        List<RetentionStatus> result = new ArrayList<>();
        for (DatasetRecord d : new DatasetStore(workspace).list()) {
            Object[] p = periods.get(d.id());
            Integer days = p == null ? null : (Integer) p[0];
            Instant expires = days == null ? null : d.createdAt().plus(Duration.ofDays(days));
            result.add(new RetentionStatus(d.id(), d.name(), d.createdAt(), days, expires,
                    expires != null && !now.isBefore(expires), p == null ? null : (String) p[1]));
        }
        return result;
    }

    /** The datasets whose retention period has passed at {@code now}: the reminder. */
    public static List<RetentionStatus> exceeded(Workspace workspace, Instant now) {
        return check(workspace, now).stream().filter(RetentionStatus::exceeded).toList();
    }

    private static DatasetRecord find(Workspace workspace, String dataset) {
        DatasetStore store = new DatasetStore(workspace);
        return store.byName(dataset).or(() -> dataset.matches("\\d{1,18}")
                ? store.byId(Long.parseLong(dataset)) : java.util.Optional.empty())
                .orElseThrow(() -> new LocalizedArgumentException(Message.of(
                        "retention.retentionService.noDataset", dataset, workspace.directory())));
    }

    private static void ensureTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS retention (dataset_id INTEGER PRIMARY KEY REFERENCES "
                    + "datasets(id) ON DELETE CASCADE, days INTEGER NOT NULL, reason TEXT, set_by TEXT NOT NULL, "
                    + "set_at TEXT NOT NULL)");
        }
    }
}
