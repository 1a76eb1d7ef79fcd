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

    /** Columns added by record 0034; an older table gets them through {@link #upgrade}. */
    private static final List<String> ADDED_COLUMNS = List.of("key_salt", "escrow_public", "escrow_private",
            "vault_secret_next");

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

    /** Any text column of {@code name}'s row, or empty (the caller names a column of this class's schema). */
    Optional<String> column(String name, String column) {
        return text("SELECT " + column + " FROM accounts WHERE name = ? COLLATE NOCASE", name);
    }

    /**
     * Adds the columns of record 0034 (account key salt, escrow key pair, staged vault password) to an accounts table
     * created before them; a no-op once they exist. Called by the flows that read them, so merely opening an old
     * workspace still changes nothing.
     */
    void upgrade() {
        if (!tableExists()) {
            return;
        }
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            java.util.Set<String> present = new java.util.HashSet<>();
            try (ResultSet rs = st.executeQuery("PRAGMA table_info(accounts)")) {
                while (rs.next()) {
                    present.add(rs.getString("name"));
                }
            }
            for (String column : ADDED_COLUMNS) {
                if (!present.contains(column)) {
                    st.execute("ALTER TABLE accounts ADD COLUMN " + column + " TEXT");
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Sets several columns of {@code name}'s row in one transaction: all of them or none. */
    void updateAll(String name, java.util.Map<String, Object> values) {
        transaction(c -> {
            for (java.util.Map.Entry<String, Object> e : values.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE accounts SET " + e.getKey()
                        + " = ? WHERE name = ? COLLATE NOCASE")) {
                    ps.setObject(1, e.getValue());
                    ps.setString(2, name);
                    ps.executeUpdate();
                }
            }
        });
    }

    /** Writes the staged vault password copy of every named account in one transaction. */
    void stageVaultSecrets(java.util.Map<String, String> sealedByAccount) {
        transaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE accounts SET vault_secret_next = NULL");
            }
            for (java.util.Map.Entry<String, String> e : sealedByAccount.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE accounts SET vault_secret_next = ? WHERE name = ? COLLATE NOCASE")) {
                    ps.setString(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.executeUpdate();
                }
            }
        });
    }

    /**
     * Promotes (or, when {@code promote} is false, drops) every staged vault password copy in one statement, so a
     * crash leaves either the old copies or the new ones, never a mix.
     */
    void settleVaultSecrets(boolean promote) {
        transaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(promote ? "UPDATE accounts SET vault_secret = vault_secret_next, "
                        + "vault_secret_next = NULL WHERE vault_secret_next IS NOT NULL"
                        : "UPDATE accounts SET vault_secret_next = NULL");
            }
        });
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void transaction(Work work) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
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
                    + "vault_secret TEXT, created_at TEXT NOT NULL, key_salt TEXT, escrow_public TEXT, "
                    + "escrow_private TEXT, vault_secret_next TEXT)");
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
