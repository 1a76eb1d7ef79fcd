package io.safesegment.core.governance;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hash-chained audit rows of one workspace database ({@code audit_log}, {@code audit_checkpoints}). Appends run in
 * an SQLite {@code BEGIN IMMEDIATE} transaction, so several processes sharing the workspace each read the true chain
 * head and never fork the chain (SQLite's busy timeout makes the second writer wait).
 */
final class AuditLog {
    private static final String COLUMNS = "sequence, at, user, action, object, fingerprint, outcome, detail, "
            + "prev_hash, entry_hash";

    private final Workspace workspace;

    AuditLog(Workspace workspace) {
        this.workspace = workspace;
    }

    AuditEntry append(String user, AuditEvent event, Instant at) {
        String time = at.toString();
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE"); // take the write lock before reading the head
            try {
                long last = 0;
                String prev = AuditChain.GENESIS;
                try (ResultSet rs = st.executeQuery(
                        "SELECT sequence, entry_hash FROM audit_log ORDER BY sequence DESC LIMIT 1")) {
                    if (rs.next()) {
                        last = rs.getLong(1);
                        prev = rs.getString(2);
                    }
                }
                long sequence = last + 1;
                String hash = AuditChain.entryHash(sequence, time, user, event.action().code(), event.object(),
                        event.fingerprint(), event.outcome().code(), event.detail(), prev);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(" + COLUMNS
                        + ") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, sequence);
                    ps.setString(2, time);
                    ps.setString(3, user);
                    ps.setString(4, event.action().code());
                    ps.setString(5, event.object());
                    ps.setString(6, event.fingerprint());
                    ps.setString(7, event.outcome().code());
                    ps.setString(8, event.detail());
                    ps.setString(9, prev);
                    ps.setString(10, hash);
                    ps.executeUpdate();
                }
                st.execute("COMMIT");
                return new AuditEntry(sequence, at, user, event.action().code(), event.object(), event.fingerprint(),
                        event.outcome().code(), event.detail(), prev, hash);
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException(Message.of("governance.auditLog.cannotAppend", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
    }

    List<AuditEntry> list(AuditFilter filter) {
        List<AuditEntry> result = new ArrayList<>();
        for (AuditEntry e : readAll()) {
            if (filter.matches(e)) {
                result.add(e);
            }
        }
        return result;
    }

    /** The newest entry's sequence and the newest checkpoint's, to decide whether a checkpoint is due. */
    long[] heads() {
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COALESCE(MAX(sequence), 0) FROM audit_log), "
                     + "(SELECT COALESCE(MAX(up_to_sequence), 0) FROM audit_checkpoints)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new AuditException(Message.of("governance.auditLog.cannotRead", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
    }

    /** Signs the current chain head; empty when the log has no entry yet. */
    Optional<Long> checkpoint(CheckpointSigner signer) {
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                long upTo;
                String head;
                try (ResultSet rs = st.executeQuery(
                        "SELECT sequence, entry_hash FROM audit_log ORDER BY sequence DESC LIMIT 1")) {
                    if (!rs.next()) {
                        st.execute("ROLLBACK");
                        return Optional.empty();
                    }
                    upTo = rs.getLong(1);
                    head = rs.getString(2);
                }
                String at = Instant.now().toString();
                String keyName = signer.keyName();
                byte[] signature = signer.sign(AuditChain.checkpointBytes(upTo, head, at, keyName));
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_checkpoints(up_to_sequence, "
                        + "head_hash, at, key_name, public_key, signature) VALUES(?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, upTo);
                    ps.setString(2, head);
                    ps.setString(3, at);
                    ps.setString(4, keyName);
                    ps.setString(5, Base64.getEncoder().encodeToString(signer.publicKeyX509()));
                    ps.setString(6, Base64.getEncoder().encodeToString(signature));
                    ps.executeUpdate();
                }
                st.execute("COMMIT");
                return Optional.of(upTo);
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditException(Message.of("governance.auditLog.cannotCheckpoint", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
    }

    /**
     * Checks every link and checkpoint.
     *
     * @param trustedKeys X.509 Ed25519 public keys a checkpoint may be signed by; when empty, the key of the first
     *                    checkpoint is trusted and every later one must use it too
     */
    AuditVerification verify(List<byte[]> trustedKeys) {
        Break chainBreak = null;
        Map<Long, String> computed = new HashMap<>();
        long count = 0;
        long expected = 1;
        String prev = AuditChain.GENESIS;
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY sequence")) {
            while (rs.next()) {
                count++;
                long sequence = rs.getLong(1);
                if (chainBreak != null) {
                    continue;
                }
                String hash = AuditChain.entryHash(sequence, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                if (sequence != expected) {
                    chainBreak = new Break(expected, "entry " + expected + " is missing (the next stored entry is "
                            + sequence + "): an entry was deleted or renumbered");
                } else if (!prev.equals(rs.getString(9))) {
                    chainBreak = new Break(sequence, "entry " + sequence + " does not link to entry " + (sequence - 1)
                            + ": an entry was inserted, reordered or the one before it was changed");
                } else if (!hash.equals(rs.getString(10)) || !parses(rs.getString(2))) {
                    chainBreak = new Break(sequence, "entry " + sequence + " was changed after it was written "
                            + "(its content no longer matches its hash)");
                }
                computed.put(sequence, hash);
                prev = hash;
                expected++;
            }
        } catch (SQLException e) {
            throw new AuditException(Message.of("governance.auditLog.cannotRead", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
        CheckpointCheck checkpoints = verifyCheckpoints(trustedKeys, computed, expected - 1);
        Break first = chainBreak;
        if (checkpoints.firstBreak != null
                && (first == null || checkpoints.firstBreak.sequence < first.sequence)) {
            first = checkpoints.firstBreak;
        }
        return new AuditVerification(first == null, count, first == null ? null : first.sequence,
                first == null ? null : first.reason, checkpoints.total, checkpoints.verified);
    }

    private CheckpointCheck verifyCheckpoints(List<byte[]> trustedKeys, Map<Long, String> computed, long lastIntact) {
        int total = 0;
        int verified = 0;
        Break firstBreak = null;
        String pinned = null;
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT up_to_sequence, head_hash, at, key_name, public_key, signature "
                     + "FROM audit_checkpoints ORDER BY id")) {
            while (rs.next()) {
                total++;
                long upTo = rs.getLong(1);
                String publicKey = rs.getString(5);
                Break problem = null;
                byte[] key = decode(publicKey);
                boolean trusted = trustedKeys.isEmpty()
                        ? (pinned == null || pinned.equals(publicKey))
                        : trustedKeys.stream().anyMatch(k -> java.util.Arrays.equals(k, key));
                if (!trusted) {
                    problem = new Break(upTo, "the checkpoint at entry " + upTo + " is signed by a key that is not "
                            + "the workspace's signing key");
                } else if (!AuditChain.verifyEd25519(key, AuditChain.checkpointBytes(upTo, rs.getString(2),
                        rs.getString(3), rs.getString(4)), decode(rs.getString(6)))) {
                    problem = new Break(upTo, "the checkpoint at entry " + upTo + " has an invalid signature");
                } else if (!computed.containsKey(upTo)) {
                    problem = new Break(lastIntact + 1, "the checkpoint at entry " + upTo + " covers entries that "
                            + "are no longer stored: entries after " + lastIntact + " were deleted");
                } else if (!computed.get(upTo).equals(rs.getString(2))) {
                    problem = new Break(upTo, "entries up to " + upTo + " were rewritten after the checkpoint "
                            + "signed them");
                }
                if (pinned == null && trusted) {
                    pinned = publicKey;
                }
                if (problem == null) {
                    verified++;
                } else if (firstBreak == null || problem.sequence < firstBreak.sequence) {
                    firstBreak = problem;
                }
            }
        } catch (SQLException e) {
            throw new AuditException(Message.of("governance.auditLog.cannotReadCheckpoints", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
        return new CheckpointCheck(total, verified, firstBreak);
    }

    private List<AuditEntry> readAll() {
        List<AuditEntry> result = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY sequence")) {
            while (rs.next()) {
                Instant at = parses(rs.getString(2)) ? Instant.parse(rs.getString(2)) : Instant.EPOCH;
                result.add(new AuditEntry(rs.getLong(1), at, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        } catch (SQLException e) {
            throw new AuditException(Message.of("governance.auditLog.cannotRead", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
        return result;
    }

    private static boolean parses(String time) {
        try {
            Instant.parse(time);
            return true;
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new byte[0];
        }
    }

    private record Break(long sequence, String reason) {
    }

    private record CheckpointCheck(int total, int verified, Break firstBreak) {
    }
}
