package io.safesegment.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetExport;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.review.MaskedDatasets;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services record their actions in the workspace's trail, once each, and never create a workspace to do so. */
class AuditedActionsTest {
    private static final Argon2Params CHEAP = new Argon2Params(8, 1, 1);

    @TempDir
    Path dir;

    @Test
    void keyChangesAndFileEncryptionAreRecordedAndCheckpointsUseTheVaultKey() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Path plain = Files.writeString(dir.resolve("plain.csv"), "id,email\n1,wang.fang@example.com\n");
        try (KeyVault vault = KeyVault.create(ws.directory(), "correct horse".toCharArray(), CHEAP)) {
            vault.create("files", KeyPurpose.FILE);
            vault.rotate("files");
            CryptoService.encryptWithKey(plain, dir.resolve("c.enc"), vault, "files", Progress.NONE);
            CryptoService.decryptWithVault(dir.resolve("c.enc"), dir.resolve("back.csv"), vault, Progress.NONE);
            assertEquals(List.of("key-create files v1", "key-rotate files v2", "encrypt plain.csv", "decrypt c.enc"),
                    AuditService.list(ws, AuditFilter.ALL).stream().map(e -> e.action() + " " + e.object()).toList());

            AuditService.checkpoint(ws, CryptoService.auditSigner(vault)); // creates 'audit-signing' (recorded)
            AuditService.checkpoint(ws, CryptoService.auditSigner(vault));
            AuditVerification v = AuditService.verify(ws, CryptoService.auditSigningKeys(vault));
            assertTrue(v.valid(), v.reason());
            assertEquals(2, v.checkpoints());
            assertEquals(2, v.checkpointsVerified());
            assertEquals("audit-signing v1", AuditService.list(ws, new AuditFilter(AuditAction.KEY_CREATE, null, null,
                    null, "audit")).getFirst().object());
        }
        String db = Files.readString(ws.databaseFile(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(db.contains("wang.fang"), "no file content in the trail");
    }

    @Test
    void aVaultOutsideAWorkspaceRecordsNothingAndCreatesNoDatabase() throws Exception {
        Path bare = dir.resolve("bare");
        try (KeyVault vault = KeyVault.create(bare, "correct horse".toCharArray(), CHEAP)) {
            vault.create("files", KeyPurpose.FILE);
        }
        assertFalse(Files.exists(bare.resolve(Workspace.DATABASE_FILE)));
    }

    @Test
    void aPolicyRevisionSavedInTheWorkspaceStoreIsAPolicyChange() {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        MaskingPolicy policy = new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "customers", 4, "Customers",
                Instant.parse("2026-12-01T00:00:00Z"), Map.of(), List.of());
        PrivacyService.savePolicy(policy, ws.directory().resolve(PrivacyService.POLICY_FOLDER)
                .resolve("customers-r4.json"));
        PrivacyService.savePolicy(policy, dir.resolve("elsewhere.json")); // not the workspace's store: not recorded
        List<AuditEntry> entries = AuditService.list(ws, AuditFilter.ALL);
        assertEquals(1, entries.size());
        assertEquals("policy-change", entries.getFirst().action());
        assertEquals("customers@4", entries.getFirst().object());
    }

    @Test
    void thePrivacySectionsExportOfAWorkspaceDatasetIsRecordedCleanAndBlocked() throws Exception {
        Path file = Files.writeString(dir.resolve("会员.csv"), "邮箱,城市\nann@example.com,北京\nbob@example.org,上海\n");
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(dir.resolve("ws")));
        Dataset source = DatasetImport.importFile(catalog, file, DatasetImportOptions.defaults(), Progress.NONE)
                .dataset();
        KeyMaterial keys = KeyMaterial.fromSeed(new byte[] {4, 5, 6});
        MaskingPolicy redact = new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "member", 2, "t", Instant.EPOCH,
                Map.of("邮箱", ColumnRole.DIRECT_IDENTIFIER), List.of(MaskingRule.of("邮箱", "redact")));
        MaskingPolicy keep = new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "member", 3, "t", Instant.EPOCH,
                Map.of("邮箱", ColumnRole.DIRECT_IDENTIFIER), List.of(MaskingRule.of("邮箱", "keep")));
        for (MaskingPolicy policy : List.of(redact, keep)) {
            PrivacyService.exportTable(DatasetExport.load(source, Progress.NONE), policy, keys, source.file(),
                    dir.resolve("out-" + policy.revision() + ".csv"), null,
                    new MaskedDatasets.Lineage(catalog, source), Progress.NONE);
        }
        List<AuditEntry> exports = AuditService.list(catalog.workspace(), new AuditFilter(AuditAction.MASK_EXPORT,
                null, null, null, null));
        assertEquals(List.of("out-2.csv success", "out-3.csv blocked"),
                exports.stream().map(e -> e.object() + " " + e.outcome()).toList());
        assertEquals(source.fingerprint(), exports.getFirst().fingerprint());
        assertEquals("source=会员.csv policy=member@2 leakScan=clean override=false", exports.getFirst().detail());
        String db = Files.readString(catalog.workspace().databaseFile(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(db.contains("ann@example.com"));
    }
}
