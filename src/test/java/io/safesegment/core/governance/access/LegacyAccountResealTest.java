package io.safesegment.core.governance.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record 0041: an account still in the record-0025 form when the vault password changes is named
 * ({@code notResealed}); it signs in once (which gives it an escrow key), an Administrator hands it the vault again
 * ({@code users reseal}), and it unlocks the vault with its own password. Refusals write nothing.
 */
class LegacyAccountResealTest {
    private static final char[] OLD = "admin passphrase".toCharArray();
    private static final char[] NEW = "a new vault passphrase".toCharArray();
    private static final char[] OFFICER_PW = "officer passphrase".toCharArray();

    @TempDir
    Path dir;

    private AccountStore store;

    @BeforeEach
    void governedWorkspaceWithALegacyOfficer() throws Exception {
        try (KeyVault v = KeyVault.create(dir, OLD.clone(), new Argon2Params(256, 1, 1))) {
            v.create("files", KeyPurpose.FILE);
        }
        AccessService.initialise(dir, "ada", OLD.clone());
        try (AccessService.Session admin = admin()) {
            AccessService.addUser(dir, admin, "olivia", Role.PRIVACY_OFFICER, OFFICER_PW.clone());
            AccessService.addUser(dir, admin, "andy", Role.ANALYST, "analyst passphrase".toCharArray());
        }
        store = new AccountStore(Workspace.open(dir));
        Map<String, Object> legacy = new LinkedHashMap<>(); // olivia's row as record 0025 wrote it
        legacy.put("vault_secret", VaultEscrow.sealLegacy(OLD.clone(), OFFICER_PW.clone()));
        legacy.put("escrow_public", null);
        legacy.put("escrow_private", null);
        legacy.put("key_salt", null);
        store.updateAll("olivia", legacy);
    }

    private AccessService.Session admin() {
        return AccessService.signIn(dir, "ada", OLD.clone(), null);
    }

    private AccessService.Session olivia() {
        return AccessService.signIn(dir, "olivia", OFFICER_PW.clone(), null);
    }

    private void changeVaultPassword() throws Exception {
        try (AccessService.Session admin = admin(); KeyVault vault = CryptoService.openVault(dir, admin)) {
            assertEquals(List.of("olivia"), CryptoService.changeVaultPassword(vault, NEW.clone(), admin.actor())
                    .notResealed());
        }
    }

    @Test
    void aLegacyAccountSignsInOnceIsResealedByTheAdministratorAndUnlocksTheVault() throws Exception {
        changeVaultPassword();
        // olivia's first sign-in after the change: her old copy moves to the escrow form, but it is stale
        try (AccessService.Session officer = olivia()) {
            assertEquals(new String(OLD), new String(officer.vaultPassword()), "the copy she held");
            assertThrows(WrongPasswordException.class, () -> CryptoService.openVault(dir, officer).close());
        }
        assertTrue(store.column("olivia", "escrow_public").isPresent(), "the sign-in gave her an escrow key");

        try (AccessService.Session admin = admin()) {
            Account resealed = CryptoService.resealVault(dir, admin, "olivia");
            assertEquals("olivia", resealed.name());
        }
        try (AccessService.Session officer = olivia(); KeyVault vault = CryptoService.openVault(dir, officer)) {
            assertEquals(new String(NEW), new String(officer.vaultPassword()));
            assertEquals("files", vault.list().getFirst().name(), "she unlocks the vault with her own password");
        }
        assertTrue(AuditService.list(Workspace.open(dir), AuditFilter.ALL).stream().anyMatch(e ->
                e.action().equals("user-change") && e.user().equals("ada") && e.object().equals("olivia")
                        && "vault-resealed".equals(e.detail() == null ? null : e.detail().split(" ")[0])),
                "the hand-over is audited under the administrator");
    }

    @Test
    void beforeHerSignInAnAnalystOrAStaleCopyTheResealIsRefusedAndNothingIsWritten() throws Exception {
        changeVaultPassword();
        String before = store.column("olivia", "vault_secret").orElseThrow();
        try (AccessService.Session admin = admin()) {
            AccessException notYet = assertThrows(AccessException.class,
                    () -> CryptoService.resealVault(dir, admin, "olivia"));
            assertTrue(notYet.getMessage().contains("olivia signs in once") || notYet.getMessage()
                    .contains("'olivia' signs in once"), notYet.getMessage());
            AccessException analyst = assertThrows(AccessException.class,
                    () -> CryptoService.resealVault(dir, admin, "andy"));
            assertTrue(analyst.getMessage().contains("may not use keys"), analyst.getMessage());
        }
        assertEquals(before, store.column("olivia", "vault_secret").orElseThrow(), "nothing written");

        try (AccessService.Session analyst = AccessService.signIn(dir, "andy", "analyst passphrase".toCharArray(),
                null)) {
            assertThrows(PermissionDeniedException.class, () -> CryptoService.resealVault(dir, analyst, "olivia"));
        }
        olivia().close(); // she now has an escrow key, but the administrator's session is from before the change
        AccessService.Session staleAdmin = new AccessService.Session(new io.safesegment.core.governance.Actor("ada",
                Role.ADMINISTRATOR), OLD.clone());
        String afterSignIn = store.column("olivia", "vault_secret").orElseThrow();
        AccessException stale = assertThrows(AccessException.class,
                () -> CryptoService.resealVault(dir, staleAdmin, "olivia"));
        assertTrue(stale.getMessage().contains("does not open the vault"), stale.getMessage());
        assertEquals(afterSignIn, store.column("olivia", "vault_secret").orElseThrow(), "a stale copy is not handed on");
    }
}
