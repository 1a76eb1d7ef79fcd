package io.safesegment.core.governance.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record 0034: the TOTP secret and the vault password copy are sealed at rest under keys only the account's password
 * derives; a store of before is migrated at the next sign-in; only the account itself enrols a second factor.
 */
class AccountSecretsAtRestTest {
    private static final char[] ADMIN_PW = "admin passphrase".toCharArray();
    private static final char[] OFFICER_PW = "officer passphrase".toCharArray();
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path dir;

    private String code(String secret, Instant at) {
        return Totp.code(Totp.fromBase32(secret), Totp.step(at), 6, Totp.Algorithm.SHA1);
    }

    /** Every byte the workspace database keeps on disk (the main file and, if any, its journal files). */
    private String storeBytes() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(Workspace.DATABASE_FILE)).toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void theStoreFileHoldsNoTotpSecretInClearAndAWrongPasswordCannotReadIt() throws Exception {
        AccessService.initialise(dir, "ada", ADMIN_PW.clone());
        String secret = AccessService.enrolTotp(dir, new Actor("ada", Role.ADMINISTRATOR), "ada", ADMIN_PW.clone());

        String onDisk = storeBytes();
        assertFalse(onDisk.contains(secret), "the Base32 secret is not in the database file");
        byte[] raw = Totp.fromBase32(secret);
        assertFalse(onDisk.contains(new String(raw, StandardCharsets.ISO_8859_1)), "nor its raw bytes");
        assertFalse(onDisk.contains(Base64.getEncoder().encodeToString(raw)), "nor its Base64");
        AccountStore store = new AccountStore(Workspace.open(dir));
        String sealed = store.totpSecret("ada").orElseThrow();
        assertTrue(sealed.startsWith(AccountSecrets.PREFIX), sealed);
        assertFalse(store.column("ada", "vault_secret").orElseThrow().contains("admin"), "vault copy sealed");

        // the right password opens it (sign-in with the code works) ...
        assertEquals("ada", AccessService.signIn(dir, "ada", ADMIN_PW.clone(), code(secret, NOW), NOW).actor().user());
        // ... a wrong one cannot: the key it derives does not open the sealed secret, and sign-in says nothing more
        byte[] salt = Base64.getDecoder().decode(store.column("ada", "key_salt").orElseThrow());
        byte[] wrongKey = AccountSecrets.key("wrong passphrase".toCharArray(), salt);
        assertNull(AccountSecrets.open(wrongKey, sealed, AccountSecrets.TOTP, "ada"));
        byte[] rightKey = AccountSecrets.key(ADMIN_PW.clone(), salt);
        assertArrayEquals(secret.getBytes(StandardCharsets.US_ASCII),
                AccountSecrets.open(rightKey, sealed, AccountSecrets.TOTP, "ada"));
        assertNull(AccountSecrets.open(rightKey, sealed, AccountSecrets.TOTP, "bob"), "bound to its account");
        assertNull(AccountSecrets.open(rightKey, sealed, AccountSecrets.ESCROW_KEY, "ada"), "bound to its purpose");
        AccessException wrong = assertThrows(AccessException.class, () -> AccessService.signIn(dir, "ada",
                "wrong passphrase".toCharArray(), code(secret, NOW.plusSeconds(30)), NOW.plusSeconds(30)));
        assertTrue(wrong.getMessage().contains("unknown account name or wrong password"), wrong.getMessage());
    }

    @Test
    void aStoreOfBeforeIsMigratedOnTheNextSuccessfulSignIn() throws Exception {
        AccessService.initialise(dir, "ada", ADMIN_PW.clone());
        try (AccessService.Session admin = AccessService.signIn(dir, "ada", ADMIN_PW.clone(), null)) {
            AccessService.addUser(dir, admin, "olivia", Role.PRIVACY_OFFICER, OFFICER_PW.clone());
        }
        // make olivia's row look like record 0025 wrote it: clear Base32 TOTP secret, vault copy under her password
        String secret = Totp.toBase32(Totp.newSecret());
        AccountStore store = new AccountStore(Workspace.open(dir));
        java.util.Map<String, Object> legacy = new java.util.LinkedHashMap<>();
        legacy.put("totp_secret", secret);
        legacy.put("vault_secret", VaultEscrow.sealLegacy(ADMIN_PW.clone(), OFFICER_PW.clone()));
        legacy.put("escrow_public", null);
        legacy.put("escrow_private", null);
        legacy.put("key_salt", null);
        store.updateAll("olivia", legacy);
        assertTrue(storeBytes().contains(secret), "the legacy store holds the secret in clear");

        AccessException failed = assertThrows(AccessException.class, () -> AccessService.signIn(dir, "olivia",
                "wrong passphrase".toCharArray(), code(secret, NOW), NOW));
        assertNotNull(failed);
        assertEquals(secret, store.totpSecret("olivia").orElseThrow(), "a failed sign-in migrates nothing");

        try (AccessService.Session s = AccessService.signIn(dir, "olivia", OFFICER_PW.clone(), code(secret, NOW),
                NOW)) {
            assertEquals("admin passphrase", new String(s.vaultPassword()), "the legacy copy still opened");
        }
        assertTrue(store.totpSecret("olivia").orElseThrow().startsWith(AccountSecrets.PREFIX));
        assertTrue(VaultEscrow.sealedToKey(store.column("olivia", "vault_secret").orElseThrow()));
        // SQLite may keep the overwritten page in free space until it is reused: VACUUM as a backup would
        try (var c = Workspace.open(dir).connect(); var st = c.createStatement()) {
            st.execute("VACUUM");
        }
        assertFalse(storeBytes().contains(secret), "after the migration the secret is no longer in clear");
        List<AuditEntry> audit = AuditService.list(Workspace.open(dir), AuditFilter.ALL);
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("sign-in") && e.user().equals("olivia")
                && e.detail().contains("secrets-sealed")), audit.toString());
        // and the migrated store still works with the next code and the same password
        Instant later = NOW.plusSeconds(30);
        try (AccessService.Session s = AccessService.signIn(dir, "olivia", OFFICER_PW.clone(), code(secret, later),
                later)) {
            assertEquals("admin passphrase", new String(s.vaultPassword()));
        }
    }

    @Test
    void onlyTheAccountItselfEnrolsAndAnAdministratorResetsALostFactor() {
        AccessService.initialise(dir, "ada", ADMIN_PW.clone());
        try (AccessService.Session admin = AccessService.signIn(dir, "ada", ADMIN_PW.clone(), null)) {
            AccessService.addUser(dir, admin, "olivia", Role.PRIVACY_OFFICER, OFFICER_PW.clone());
        }
        Actor ada = new Actor("ada", Role.ADMINISTRATOR);
        AccessException other = assertThrows(AccessException.class,
                () -> AccessService.enrolTotp(dir, ada, "olivia", ADMIN_PW.clone()));
        assertTrue(other.getMessage().contains("Only 'olivia' can enrol"), other.getMessage());
        Actor olivia = new Actor("olivia", Role.PRIVACY_OFFICER);
        assertThrows(AccessException.class,
                () -> AccessService.enrolTotp(dir, olivia, "olivia", "wrong passphrase".toCharArray()));
        assertFalse(AccessService.users(dir, ada).get(1).totp(), "nothing was enrolled");
        String secret = AccessService.enrolTotp(dir, olivia, "olivia", OFFICER_PW.clone());
        assertTrue(AccessService.users(dir, ada).get(1).totp());
        assertEquals("olivia", AccessService.signIn(dir, "olivia", OFFICER_PW.clone(), code(secret, NOW), NOW)
                .actor().user());
        assertThrows(PermissionDeniedException.class, () -> AccessService.resetTotp(dir, olivia, "olivia"));
        assertFalse(AccessService.resetTotp(dir, ada, "olivia").totp());
        assertEquals("olivia", AccessService.signIn(dir, "olivia", OFFICER_PW.clone(), null).actor().user());
    }
}
