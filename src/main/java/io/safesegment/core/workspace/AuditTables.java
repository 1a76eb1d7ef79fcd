package io.safesegment.core.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of the audit trail (schema version {@value #SCHEMA_VERSION}): {@code audit_log}, one hash-chained row
 * per significant action, and {@code audit_checkpoints}, signatures over the chain head. The tables live here, not in
 * {@code core.governance}, because {@link Workspace#open} migrates every table and the workspace package must not
 * depend on the services that use it.
 */
public final class AuditTables {
    /** The schema version that added the audit tables. */
    public static final int SCHEMA_VERSION = 3;

    private AuditTables() {
    }

    /** Creates the audit tables when missing and records schema version 3. Idempotent. */
    static void migrate(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            // sequence is the row id: deleting or inserting a row leaves a gap or a duplicate link that verify sees
            st.execute("CREATE TABLE IF NOT EXISTS audit_log (sequence INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                    + "user TEXT NOT NULL, action TEXT NOT NULL, object TEXT NOT NULL, fingerprint TEXT, "
                    + "outcome TEXT NOT NULL, detail TEXT, prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL)");
            st.execute("CREATE INDEX IF NOT EXISTS audit_log_action ON audit_log(action)");
            st.execute("CREATE TABLE IF NOT EXISTS audit_checkpoints (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "up_to_sequence INTEGER NOT NULL, head_hash TEXT NOT NULL, at TEXT NOT NULL, "
                    + "key_name TEXT NOT NULL, public_key TEXT NOT NULL, signature TEXT NOT NULL)");
            st.execute("UPDATE meta SET value = '" + SCHEMA_VERSION + "' WHERE key = 'schema_version' "
                    + "AND CAST(value AS INTEGER) < " + SCHEMA_VERSION);
        }
    }
}
