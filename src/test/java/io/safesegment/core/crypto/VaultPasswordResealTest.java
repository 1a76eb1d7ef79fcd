package io.safesegment.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record 0034: after the vault password changes, every account's copy of it is re-sealed (no account password
 * needed), and an interrupted change loses nobody the vault. What else the vault password does not protect: signing
 * keys, file keys and checkpoint keys live inside the vault and are re-encrypted with it; backups and
 * password-encrypted files use their own passwords.
 */
class VaultPasswordResealTest {
    private static final char[] OLD = "admin passphrase".toCharArray();
    private static final char[] NEW = "a new vault passphrase".toCharArray();
    private static final char[] OFFICER_PW = "officer passphrase".toCharArray();
    private static final Actor ADA = new Actor("ada", Role.ADMINISTRATOR);

    @TempDir
    Path dir;

    @BeforeEach
    void governedWorkspaceWithAVault() throws Exception {
        try (KeyVault v = KeyVault.create(dir, OLD.clone(), new Argon2Params(256, 1, 1))) {
            v.create("files", KeyPurpose.FILE);
        }
        AccessService.initialise(dir, "ada", OLD.clone()); // the vault password becomes ada's (record 0025)
        try (AccessService.Session admin = AccessService.signIn(dir, "ada", OLD.clone(), null)) {
            AccessService.addUser(dir, admin, "olivia", Role.PRIVACY_OFFICER, OFFICER_PW.clone());
        }
    }

    private AccessService.Session olivia() {
        return AccessService.signIn(dir, "olivia", OFFICER_PW.clone(), null);
    }

    private String stagedCopyOf(String account) throws Exception {
        try (Connection c = Workspace.open(dir).connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT vault_secret_next FROM accounts WHERE name = '" + account + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void changingTheVaultPasswordReSealsEveryAccountsCopy() throws Exception {
        try (AccessService.Session admin = AccessService.signIn(dir, "ada", OLD.clone(), null);
             KeyVault vault = CryptoService.openVault(dir, admin)) {
            CryptoService.VaultPasswordChange change = CryptoService.changeVaultPassword(vault, NEW.clone(),
                    admin.actor());
            assertEquals(1, change.keyVersions());
            assertEquals(List.of(), change.notResealed());
        }
        assertThrows(WrongPasswordException.class, () -> KeyVault.open(dir, OLD.clone()).close());
        try (AccessService.Session officer = olivia()) {
            assertEquals(new String(NEW), new String(officer.vaultPassword()), "olivia's copy was re-sealed");
            assertNull(officer.stagedVaultPassword());
            try (KeyVault vault = CryptoService.openVault(dir, officer)) {
                assertEquals("files", vault.list().getFirst().name(), "the keys survived");
            }
        }
        try (AccessService.Session admin = AccessService.signIn(dir, "ada", OLD.clone(), null)) {
            assertEquals(new String(NEW), new String(admin.vaultPassword()),
                    "ada still signs in with her account password and holds the new vault password");
        }
        List<AuditEntry> audit = AuditService.list(Workspace.open(dir), AuditFilter.ALL);
        AuditEntry changed = audit.stream().filter(e -> e.detail() != null
                && e.detail().contains("vault-password-changed")).findFirst().orElseThrow();
        assertEquals("ada", changed.user(), "recorded under the signed-in account");
        assertTrue(changed.detail().contains("os-user="), changed.detail());
    }

    @Test
    void aChangeInterruptedAfterTheVaultWasReplacedIsCompletedByTheNextVaultOpening() throws Exception {
        try (KeyVault vault = KeyVault.open(dir, OLD.clone())) {
            AccessService.stageVaultPassword(dir, ADA, NEW.clone());
            vault.changePassword(NEW.clone()); // ... and the process dies before the staged copies are promoted
        }
        try (AccessService.Session officer = olivia()) {
            assertEquals(new String(OLD), new String(officer.vaultPassword()), "the current copy is stale");
            assertEquals(new String(NEW), new String(officer.stagedVaultPassword()));
            try (KeyVault vault = CryptoService.openVault(dir, officer)) {
                assertEquals(1, vault.list().size(), "opened with the staged copy");
            }
        }
        assertNull(stagedCopyOf("olivia"), "promoted");
        try (AccessService.Session officer = olivia()) {
            assertEquals(new String(NEW), new String(officer.vaultPassword()));
        }
        try (AccessService.Session admin = AccessService.signIn(dir, "ada", OLD.clone(), null)) {
            assertEquals(new String(NEW), new String(admin.vaultPassword()), "every account's copy was promoted");
        }
    }

    @Test
    void aChangeInterruptedBeforeTheVaultWasReplacedLeavesTheOldPasswordWorking() throws Exception {
        AccessService.stageVaultPassword(dir, ADA, NEW.clone()); // ... and the process dies here
        try (AccessService.Session officer = olivia(); KeyVault vault = CryptoService.openVault(dir, officer)) {
            assertEquals(new String(OLD), new String(officer.vaultPassword()));
            assertEquals(1, vault.list().size());
        }
        assertNull(stagedCopyOf("olivia"), "the stale staged copy was dropped");
        try (KeyVault vault = KeyVault.open(dir, OLD.clone())) {
            assertEquals(1, vault.list().size(), "the vault never changed");
        }
    }

    @Test
    void anAccountThatCannotBeReSealedIsNamedAndAnAnalystMayNotStage() throws Exception {
        try (Connection c = Workspace.open(dir).connect(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE accounts SET escrow_public = NULL WHERE name = 'olivia'"); // a pre-0034 row
        }
        assertEquals(List.of("olivia"), AccessService.stageVaultPassword(dir, ADA, NEW.clone()));
        AccessService.settleVaultPassword(dir, false);
        assertThrows(io.safesegment.core.governance.access.PermissionDeniedException.class,
                () -> AccessService.stageVaultPassword(dir, new Actor("olivia", Role.ANALYST), NEW.clone()));
    }
}
