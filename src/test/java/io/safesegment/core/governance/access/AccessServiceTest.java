package io.safesegment.core.governance.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts, sign-in, lock-out, TOTP, the vault password kept per account, and the failed-sign-in alert. */
class AccessServiceTest {
    private static final char[] ADMIN_PW = "admin passphrase".toCharArray();
    private static final char[] OFFICER_PW = "officer passphrase".toCharArray();
    private static final char[] ANALYST_PW = "analyst passphrase".toCharArray();

    @TempDir
    Path dir;

    private AccessService.Session adminSession() {
        return AccessService.signIn(dir, "ada", ADMIN_PW.clone(), null);
    }

    private List<AuditEntry> audit() {
        return AuditService.list(Workspace.open(dir), AuditFilter.ALL);
    }

    @Test
    void aWorkspaceWithoutAccountsIsUngoverned() {
        Workspace.open(dir);
        assertFalse(AccessService.isGoverned(dir));
        assertFalse(AccessService.isGoverned(dir.resolve("missing")), "no database: nothing is created");
        assertFalse(Files.exists(dir.resolve("missing")));
        assertEquals(Role.ADMINISTRATOR, AccessService.ungovernedActor().role());
        assertThrows(AccessException.class, () -> AccessService.signIn(dir, "ada", ADMIN_PW.clone(), null));
    }

    @Test
    void initialiseCreatesTheAdministratorAndTheVaultPasswordIsKeptForOfficersOnly() {
        Actor admin = AccessService.initialise(dir, "ada", ADMIN_PW.clone());
        assertEquals(new Actor("ada", Role.ADMINISTRATOR), admin);
        assertTrue(AccessService.isGoverned(dir));
        AccessException again = assertThrows(AccessException.class,
                () -> AccessService.initialise(dir, "bob", ADMIN_PW.clone()));
        assertTrue(again.getMessage().contains("already has accounts"), again.getMessage());

        try (AccessService.Session session = adminSession()) {
            assertEquals("admin passphrase", new String(session.vaultPassword()), "the migrated vault password");
            AccessService.addUser(dir, session, "olivia", Role.PRIVACY_OFFICER, OFFICER_PW.clone());
            AccessService.addUser(dir, session, "andy", Role.ANALYST, ANALYST_PW.clone());
        }
        try (AccessService.Session officer = AccessService.signIn(dir, "OLIVIA", OFFICER_PW.clone(), null)) {
            assertEquals(new Actor("olivia", Role.PRIVACY_OFFICER), officer.actor(), "names ignore case");
            assertEquals("admin passphrase", new String(officer.vaultPassword()));
        }
        try (AccessService.Session analyst = AccessService.signIn(dir, "andy", ANALYST_PW.clone(), null)) {
            assertNull(analyst.vaultPassword(), "an analyst holds no vault password");
        }
        AccessException duplicate = assertThrows(AccessException.class, () -> AccessService.addUser(dir,
                adminSession(), "Andy", Role.ANALYST, ANALYST_PW.clone()));
        assertTrue(duplicate.getMessage().contains("already exists"), duplicate.getMessage());
        AccessException shortPw = assertThrows(AccessException.class, () -> AccessService.addUser(dir,
                adminSession(), "zoe", Role.ANALYST, "short".toCharArray()));
        assertTrue(shortPw.getMessage().contains("at least 8 characters"), shortPw.getMessage());
        assertThrows(AccessException.class, () -> AccessService.addUser(dir, adminSession(), "a b",
                Role.ANALYST, ANALYST_PW.clone()));
    }

    @Test
    void wrongPasswordsAreAuditedLockTheAccountAndRaiseTheAlert() {
        AccessService.initialise(dir, "ada", ADMIN_PW.clone());
        try (AccessService.Session session = adminSession()) {
            AccessService.addUser(dir, session, "andy", Role.ANALYST, ANALYST_PW.clone());
        }
        Workspace.open(dir).setSetting("access.lockoutAttempts", "3");
        Workspace.open(dir).setSetting("alerts.failedSignIns", "1");
        List<Alert> seen = new ArrayList<>();
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        try (AutoCloseable listener = AccessService.onAlert(seen::add)) {
            for (int i = 1; i <= 3; i++) {
                AccessException e = assertThrows(AccessException.class,
                        () -> AccessService.signIn(dir, "andy", "wrong password".toCharArray(), null, now));
                assertEquals("Sign-in failed: unknown account name or wrong password", e.getMessage());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(2, seen.size(), "alerts after more than 1 failure: the 2nd and 3rd");
        assertEquals(AlertKind.FAILED_SIGN_INS, seen.getFirst().kind());
        AccessException locked = assertThrows(AccessException.class,
                () -> AccessService.signIn(dir, "andy", ANALYST_PW.clone(), null, now.plusSeconds(60)));
        assertTrue(locked.getMessage().contains("locked"), locked.getMessage());
        // after the lock-out (15 minutes by default) the right password works and resets the count
        assertEquals("andy", AccessService.signIn(dir, "andy", ANALYST_PW.clone(), null, now.plusSeconds(16 * 60))
                .actor().user());
        assertEquals(0, AccessService.users(dir, adminSession().actor()).get(1).failedAttempts());

        List<String> actions = audit().stream().map(AuditEntry::action).toList();
        assertEquals(4, actions.stream().filter("sign-in-failed"::equals).count(),
                "3 wrong passwords + 1 refused while locked");
        assertEquals(2, actions.stream().filter("alert"::equals).count());
        for (AuditEntry e : audit()) {
            String text = (e.object() + " " + e.detail()).toLowerCase(Locale.ROOT);
            assertFalse(text.contains("wrong password") || text.contains("passphrase"), "no password in " + text);
        }
        assertThrows(AccessException.class, () -> AccessService.signIn(dir, "nobody", ANALYST_PW.clone(), null));
    }

    @Test
    void aTotpSecondFactorIsRequiredOnceEnrolledAndACodeWorksOnce() {
        AccessService.initialise(dir, "ada", ADMIN_PW.clone());
        String secret = AccessService.enrolTotp(dir, adminSession().actor(), "ada", ADMIN_PW.clone());
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        AccessException missing = assertThrows(AccessException.class,
                () -> AccessService.signIn(dir, "ada", ADMIN_PW.clone(), null, now));
        assertTrue(missing.getMessage().contains("TOTP code"), missing.getMessage());
        String code = Totp.code(Totp.fromBase32(secret), Totp.step(now), 6, Totp.Algorithm.SHA1);
        assertEquals("ada", AccessService.signIn(dir, "ada", ADMIN_PW.clone(), code, now).actor().user());
        assertThrows(AccessException.class, () -> AccessService.signIn(dir, "ada", ADMIN_PW.clone(), code, now),
                "a code is accepted once");
        String next = Totp.code(Totp.fromBase32(secret), Totp.step(now) + 1, 6, Totp.Algorithm.SHA1);
        assertEquals("ada", AccessService.signIn(dir, "ada", ADMIN_PW.clone(), next, now.plusSeconds(30))
                .actor().user());
        assertTrue(AccessService.users(dir, new Actor("ada", Role.ADMINISTRATOR)).getFirst().totp());
    }

    @Test
    void disabledAccountsCannotSignInAndTheLastAdministratorStays() {
        AccessService.initialise(dir, "ada", ADMIN_PW.clone());
        Actor ada = new Actor("ada", Role.ADMINISTRATOR);
        try (AccessService.Session session = adminSession()) {
            AccessService.addUser(dir, session, "andy", Role.ANALYST, ANALYST_PW.clone());
        }
        assertThrows(AccessException.class, () -> AccessService.disable(dir, ada, "ada"));
        assertFalse(AccessService.disable(dir, ada, "andy").enabled());
        AccessException e = assertThrows(AccessException.class,
                () -> AccessService.signIn(dir, "andy", ANALYST_PW.clone(), null));
        assertTrue(e.getMessage().contains("disabled"), e.getMessage());
        // an actor object of a disabled account is refused by the guard too
        PermissionDeniedException stale = assertThrows(PermissionDeniedException.class,
                () -> AccessPolicy.require(Workspace.open(dir), new Actor("andy", Role.ANALYST),
                        Permission.USE_KEYS, io.safesegment.core.i18n.Message.of("access.what.listUsers")));
        assertTrue(stale.getMessage().contains("disabled or its role changed"), stale.getMessage());
    }
}
