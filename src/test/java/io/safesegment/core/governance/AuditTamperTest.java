package io.safesegment.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits the workspace database with plain SQL, as someone with write access to the file could, and expects verify to
 * name the first broken sequence.
 */
class AuditTamperTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void fiveEntries() {
        ws = Workspace.open(dir);
        for (int i = 1; i <= 5; i++) {
            AuditService.record(ws, "alice", new AuditEvent(AuditAction.IMPORT, "dataset-" + i, "ab" + i,
                    AuditOutcome.SUCCESS, "rows=" + i), null);
        }
    }

    @Test
    void anUntouchedChainIsValid() {
        AuditVerification v = AuditService.verify(ws, List.of());
        assertEquals(new AuditVerification(true, 5, null, null, 0, 0), v);
    }

    @Test
    void anEditedRowIsNamed() throws Exception {
        sql("UPDATE audit_log SET outcome = 'blocked' WHERE sequence = 3");
        assertBrokenAt(3, "changed");
    }

    @Test
    void anEditedRowWithItsHashRecomputedBreaksTheNextLink() throws Exception {
        AuditEntry third = AuditService.list(ws, AuditFilter.ALL).get(2);
        String forged = AuditChain.entryHash(3, third.at().toString(), "mallory", third.action(), third.object(),
                third.fingerprint(), third.outcome(), third.detail(), third.prevHash());
        sql("UPDATE audit_log SET user = 'mallory', entry_hash = '" + forged + "' WHERE sequence = 3");
        assertBrokenAt(4, "does not link");
    }

    @Test
    void aDeletedRowIsNamed() throws Exception {
        sql("DELETE FROM audit_log WHERE sequence = 2");
        AuditVerification v = assertBrokenAt(2, "missing");
        assertEquals(4, v.entries());
    }

    @Test
    void anInsertedRowIsNamed() throws Exception {
        // make room at 3 (negate, then shift: SQLite checks the primary key per row) and insert a forged entry there
        sql("UPDATE audit_log SET sequence = -sequence WHERE sequence >= 3");
        sql("UPDATE audit_log SET sequence = 1 - sequence WHERE sequence < 0");
        sql("INSERT INTO audit_log VALUES(3, '2026-01-01T00:00:00Z', 'mallory', 'export', 'x.csv', NULL, "
                + "'success', NULL, '" + "0".repeat(64) + "', '" + "1".repeat(64) + "')");
        assertBrokenAt(3, "does not link");
    }

    @Test
    void swappedRowsAreNamed() throws Exception {
        sql("UPDATE audit_log SET sequence = -2 WHERE sequence = 2");
        sql("UPDATE audit_log SET sequence = 2 WHERE sequence = 3");
        sql("UPDATE audit_log SET sequence = 3 WHERE sequence = -2");
        assertBrokenAt(2, "does not link");
    }

    @Test
    void aForgedCheckpointSignatureIsNamed() throws Exception {
        TestSigner signer = new TestSigner();
        AuditService.checkpoint(ws, signer);
        assertEquals(new AuditVerification(true, 5, null, null, 1, 1), AuditService.verify(ws, List.of()));
        sql("UPDATE audit_checkpoints SET signature = '" + java.util.Base64.getEncoder()
                .encodeToString(new byte[64]) + "'");
        AuditVerification v = assertBrokenAt(5, "invalid signature");
        assertEquals(1, v.checkpoints());
        assertEquals(0, v.checkpointsVerified());
    }

    @Test
    void aCheckpointByAnotherKeyThanTheVaultsIsRefused() {
        AuditService.checkpoint(ws, new TestSigner());
        AuditVerification v = AuditService.verify(ws, List.of(new TestSigner().publicKeyX509()));
        assertFalse(v.valid());
        assertTrue(v.reason().contains("not the workspace's signing key"), v.reason());
    }

    @Test
    void aChainRewrittenFromScratchFailsItsCheckpoint() throws Exception {
        TestSigner signer = new TestSigner();
        AuditService.checkpoint(ws, signer);
        // rewrite entry 5 consistently (content and hash); only the signed head shows it
        AuditEntry fifth = AuditService.list(ws, AuditFilter.ALL).get(4);
        String forged = AuditChain.entryHash(5, fifth.at().toString(), "mallory", fifth.action(), fifth.object(),
                fifth.fingerprint(), fifth.outcome(), fifth.detail(), fifth.prevHash());
        sql("UPDATE audit_log SET user = 'mallory', entry_hash = '" + forged + "' WHERE sequence = 5");
        assertBrokenAt(5, "rewritten after the checkpoint");
        assertTrue(AuditService.verify(ws, List.of(signer.publicKeyX509())).reason().contains("rewritten"));
    }

    @Test
    void deletedEntriesAfterACheckpointAreNamed() throws Exception {
        AuditService.checkpoint(ws, new TestSigner());
        sql("DELETE FROM audit_log WHERE sequence >= 4");
        assertBrokenAt(4, "were deleted");
    }

    @Test
    void aCheckpointIsSignedAutomaticallyEveryIntervalWhenASignerIsGiven() {
        TestSigner signer = new TestSigner();
        for (int i = 0; i < AuditService.CHECKPOINT_INTERVAL; i++) {
            AuditService.record(ws, "bob", AuditEvent.success(AuditAction.ENCRYPT, "f" + i, null), signer);
        }
        AuditVerification v = AuditService.verify(ws, List.of(signer.publicKeyX509()));
        assertTrue(v.valid(), v.reason());
        assertEquals(1, v.checkpoints());
        assertEquals(1, v.checkpointsVerified());
        assertNull(v.firstBrokenSequence());
    }

    private AuditVerification assertBrokenAt(long sequence, String reasonPart) {
        AuditVerification v = AuditService.verify(ws, List.of());
        assertFalse(v.valid());
        assertEquals(sequence, v.firstBrokenSequence(), v.reason());
        assertTrue(v.reason().contains(reasonPart), v.reason());
        return v;
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.databaseFile());
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
