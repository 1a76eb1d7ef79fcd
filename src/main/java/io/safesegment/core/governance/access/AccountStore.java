package io.safesegment.core.governance.access;

import io.safesegment.core.governance.Role;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code accounts} table of a workspace database. It is created on the first account, not by
 * {@link Workspace#open}: a workspace without the table (or with an empty one) is ungoverned, so no existing workspace
 * changes on open and the schema version stays that of the audit trail.
 */
final class AccountStore {
    private static final String COLUMNS = "name, role, enabled, totp_secret IS NOT NULL, failed_attempts, "
            + "locked_until, created_at";

    private final Workspace workspace;

    AccountStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Whether at least one account exists (the workspace is governed). */
    boolean governed() {
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'")) {
                if (!rs.next()) {
                    return false;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM accounts LIMIT 1")) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    void insert(String name, Role role, String passwordHash, Instant now) {
        try (Connection c = workspace.connect()) {
            create(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts(name, role, password_hash, enabled, "
                    + "failed_attempts, created_at) VALUES(?, ?, ?, 1, 0, ?)")) {
                ps.setString(1, name);
                ps.setString(2, role.code());
                ps.setString(3, passwordHash);
                ps.setString(4, now.toString());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    List<Account> list() {
        if (!tableExists()) {
            return List.of();
        }
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM accounts ORDER BY created_at, name")) {
            List<Account> result = new ArrayList<>();
            while (rs.next()) {
                result.add(account(rs));
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    Optional<Account> find(String name) {
        return list().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The stored hash of {@code name}, or empty. */
    Optional<String> passwordHash(String name) {
        return text("SELECT password_hash FROM accounts WHERE name = ? COLLATE NOCASE", name);
    }

    Optional<String> vaultSecret(String name) {
        return text("SELECT vault_secret FROM accounts WHERE name = ? COLLATE NOCASE", name);
    }

    Optional<String> totpSecret(String name) {
        return text("SELECT totp_secret FROM accounts WHERE name = ? COLLATE NOCASE", name);
    }

    long totpLastStep(String name) {
        return text("SELECT totp_last_step FROM accounts WHERE name = ? COLLATE NOCASE", name).map(Long::parseLong)
                .orElse(Long.MIN_VALUE);
    }

    void update(String name, String column, Object value) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE accounts SET " + column
                     + " = ? WHERE name = ? COLLATE NOCASE")) {
            ps.setObject(1, value);
            ps.setString(2, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Optional<String> text(String sql, String name) {
        if (!tableExists()) {
            return Optional.empty();
        }
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private boolean tableExists() {
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'")) {
            return rs.next();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            // NOCASE: "Andy" and "andy" are one account, so a name cannot be registered twice by case
            st.execute("CREATE TABLE IF NOT EXISTS accounts (name TEXT PRIMARY KEY COLLATE NOCASE, role TEXT NOT NULL, "
                    + "password_hash TEXT NOT NULL, totp_secret TEXT, totp_last_step INTEGER, "
                    + "enabled INTEGER NOT NULL, failed_attempts INTEGER NOT NULL, locked_until TEXT, "
                    + "vault_secret TEXT, created_at TEXT NOT NULL)");
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        String locked = rs.getString(6);
        return new Account(rs.getString(1), role(rs.getString(2)), rs.getInt(3) != 0, rs.getInt(4) != 0,
                rs.getInt(5), locked == null ? null : Instant.parse(locked), Instant.parse(rs.getString(7)));
    }

    static Role role(String code) {
        for (Role r : Role.values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new LocalizedStateException(Message.of("access.accountStore.unknownRole", code));
    }

    private AccessException failure(SQLException e) {
        return new AccessException(io.safesegment.core.i18n.Message.of("access.error.database",
                workspace.databaseFile().toString(), String.valueOf(e.getMessage())), e);
    }
}
