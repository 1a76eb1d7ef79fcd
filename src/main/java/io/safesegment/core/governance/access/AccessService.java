package io.safesegment.core.governance.access;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Local accounts of a workspace (issue 17 item 1): create the first administrator ({@link #initialise}), add, list and
 * disable accounts, enrol a TOTP second factor, sign in and out. Every change and every sign-in (failed or not) is
 * audited. A workspace without accounts is ungoverned and acts as before, as the OS user with the administrator's
 * permissions ({@link #ungovernedActor}; record 0025).
 */
public final class AccessService {
    /** Consecutive failed sign-ins that lock an account (setting {@code access.lockoutAttempts}). */
    public static final int DEFAULT_LOCKOUT_ATTEMPTS = 5;
    /** Minutes a lock-out lasts (setting {@code access.lockoutMinutes}). */
    public static final int DEFAULT_LOCKOUT_MINUTES = 15;
    /** Shortest password accepted for an account. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    private AccessService() {
    }

    /** Whether the workspace in {@code directory} has accounts (then every service checks permissions). */
    public static boolean isGoverned(Path directory) {
        return AccessPolicy.governed(directory);
    }

    /** Workspace setting that remembers the first-open offer of an Administrator was made. */
    public static final String ADMINISTRATOR_OFFERED = "access.administratorOffered";

    /**
     * Whether a front end should offer to create the Administrator of the workspace in {@code directory} now: it has
     * no accounts and was never offered one. Answers true once per workspace (the offer is remembered in its
     * settings), so "Not now" is not asked again; the Administrator can still be created at any time.
     */
    public static boolean offerAdministrator(Path directory) {
        if (isGoverned(directory) || !java.nio.file.Files.isRegularFile(directory.resolve(Workspace.DATABASE_FILE))) {
            return false;
        }
        Workspace workspace = Workspace.open(directory);
        if (workspace.setting(ADMINISTRATOR_OFFERED).isPresent()) {
            return false;
        }
        workspace.setSetting(ADMINISTRATOR_OFFERED, Instant.now().toString());
        return true;
    }

    /** Who acts on an ungoverned workspace: the OS user, with every permission, as before accounts existed. */
    public static Actor ungovernedActor() {
        return new Actor(AuditService.currentUser(), Role.ADMINISTRATOR);
    }

    /**
     * Makes the workspace in {@code directory} governed by creating its first administrator (creates the workspace
     * when missing). On a workspace with a key vault, the caller checks that {@code password} opens the vault first:
     * the single vault password becomes the administrator's (record 0025).
     *
     * @throws AccessException when the workspace already has accounts, or the name or password is unusable
     */
    public static Actor initialise(Path directory, String admin, char[] password) {
        Workspace workspace = Workspace.open(directory);
        AccountStore accounts = new AccountStore(workspace);
        if (accounts.governed()) {
            throw new AccessException(Message.of("access.error.alreadyGoverned", workspace.directory().toString()));
        }
        Account created = create(workspace, accounts, AuditService.currentUser(), admin, Role.ADMINISTRATOR,
                password, password);
        return new Actor(created.name(), Role.ADMINISTRATOR);
    }

    /**
     * Adds an account; {@code by} must be allowed to manage users. A Privacy Officer or Administrator also gets the
     * vault password that {@code by}'s session holds, sealed under the new account's password (record 0025).
     */
    public static Account addUser(Path directory, Session by, String name, Role role, char[] password) {
        Workspace workspace = Workspace.open(directory);
        Actor actor = by == null ? null : by.actor();
        AccessPolicy.require(workspace, actor, Permission.MANAGE_USERS, Message.of("access.what.addUser", name));
        AccountStore accounts = new AccountStore(workspace);
        if (!accounts.governed()) {
            throw new AccessException(Message.of("access.error.notGoverned", workspace.directory().toString()));
        }
        char[] vault = AccessPolicy.allows(role, Permission.USE_KEYS) ? by.vaultPassword() : null;
        return create(workspace, accounts, AccessPolicy.auditUser(actor), name, role, password, vault);
    }

    /** The workspace's accounts, oldest first; {@code by} must be allowed to manage users. */
    public static List<Account> users(Path directory, Actor by) {
        Workspace workspace = Workspace.open(directory);
        AccessPolicy.require(workspace, by, Permission.MANAGE_USERS, Message.of("access.what.listUsers"));
        return new AccountStore(workspace).list();
    }

    /**
     * Disables an account (it can no longer sign in; its audit entries stay). The last enabled administrator cannot
     * be disabled, so a governed workspace always has someone who can manage it.
     */
    public static Account disable(Path directory, Actor by, String name) {
        Workspace workspace = Workspace.open(directory);
        AccessPolicy.require(workspace, by, Permission.MANAGE_USERS, Message.of("access.what.disableUser", name));
        AccountStore accounts = new AccountStore(workspace);
        Account account = accounts.find(name).orElseThrow(() -> new AccessException(
                Message.of("access.error.unknownAccount", name, workspace.directory().toString())));
        if (account.role() == Role.ADMINISTRATOR && account.enabled() && accounts.list().stream()
                .filter(a -> a.role() == Role.ADMINISTRATOR && a.enabled()).count() == 1) {
            throw new AccessException(Message.of("access.error.lastAdministrator", account.name()));
        }
        accounts.update(account.name(), "enabled", 0);
        AuditService.record(workspace, AccessPolicy.auditUser(by), new AuditEvent(AuditAction.USER_CHANGE,
                account.name(), null, AuditOutcome.SUCCESS, "disabled"), null);
        return accounts.find(name).orElseThrow();
    }

    /**
     * Enrols a new TOTP second factor for the account {@code name} and returns its secret in Base32 for an
     * authenticator app; from now on sign-in needs a code. The secret is stored sealed under the account key, which
     * only the account's password derives (record 0034), so only the account itself can enrol: {@code by} must be
     * {@code name} and {@code password} its password. An administrator removes a lost factor with
     * {@link #resetTotp} instead.
     *
     * @throws AccessException when {@code by} is another account or the password is wrong (nothing is written)
     */
    public static String enrolTotp(Path directory, Actor by, String name, char[] password) {
        Workspace workspace = Workspace.open(directory);
        AccountStore accounts = new AccountStore(workspace);
        Account account = accounts.find(name).orElseThrow(() -> new AccessException(
                Message.of("access.error.unknownAccount", name, workspace.directory().toString())));
        if (by == null || !by.user().equalsIgnoreCase(account.name())) {
            AuditService.record(workspace, AccessPolicy.auditUser(by), new AuditEvent(AuditAction.PERMISSION_DENIED,
                    account.name(), null, AuditOutcome.BLOCKED, "totp-enrol-other"), null);
            throw new AccessException(Message.of("access.error.totpSelfOnly", account.name()));
        }
        if (!PasswordHash.verify(password, accounts.passwordHash(account.name()).orElse(null))) {
            throw new AccessException(Message.of("access.error.signInFailed"));
        }
        String secret = Totp.toBase32(Totp.newSecret());
        try (AccountKeys keys = new AccountKeys(accounts, account.name(), password)) {
            java.util.Map<String, Object> changes = new java.util.LinkedHashMap<>();
            changes.put("totp_secret", keys.sealTotp(secret));
            changes.put("totp_last_step", null);
            keys.commit(changes);
        }
        AuditService.record(workspace, account.name(), new AuditEvent(AuditAction.USER_CHANGE,
                account.name(), null, AuditOutcome.SUCCESS, "totp-enrolled"), null);
        return secret;
    }

    /**
     * Removes the second factor of {@code name} (a lost authenticator); {@code by} must be allowed to manage users.
     * The account then signs in with its password alone until it enrols again.
     */
    public static Account resetTotp(Path directory, Actor by, String name) {
        Workspace workspace = Workspace.open(directory);
        AccessPolicy.require(workspace, by, Permission.MANAGE_USERS, Message.of("access.what.resetTotp", name));
        AccountStore accounts = new AccountStore(workspace);
        Account account = accounts.find(name).orElseThrow(() -> new AccessException(
                Message.of("access.error.unknownAccount", name, workspace.directory().toString())));
        java.util.Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("totp_secret", null);
        changes.put("totp_last_step", null);
        accounts.updateAll(account.name(), changes);
        AuditService.record(workspace, AccessPolicy.auditUser(by), new AuditEvent(AuditAction.USER_CHANGE,
                account.name(), null, AuditOutcome.SUCCESS, "totp-reset"), null);
        return accounts.find(name).orElseThrow();
    }

    /** Signs in now; see {@link #signIn(Path, String, char[], String, Instant)}. */
    public static Session signIn(Path directory, String name, char[] password, String totpCode) {
        return signIn(directory, name, password, totpCode, Instant.now());
    }

    /**
     * Checks the password (and the TOTP code when enrolled) of {@code name} at {@code now}. A failure counts towards
     * the lock-out and the failed-sign-in alert, and never says whether the name or the password was wrong.
     *
     * @param totpCode the current code, or null when the account has no second factor
     * @return the signed-in actor, with the vault password when the account may use keys (the caller wipes it)
     * @throws AccessException when the workspace is not governed, or the sign-in failed or is locked out
     */
    public static Session signIn(Path directory, String name, char[] password, String totpCode, Instant now) {
        Workspace workspace = Workspace.open(directory);
        AccountStore accounts = new AccountStore(workspace);
        if (!accounts.governed()) {
            throw new AccessException(Message.of("access.error.notGoverned", workspace.directory().toString()));
        }
        Optional<Account> found = accounts.find(name);
        if (found.isEmpty()) {
            PasswordHash.verify(password, Dummy.HASH); // a wrong name takes as long as a wrong password
            AuditService.record(workspace, "unknown-account", new AuditEvent(AuditAction.SIGN_IN_FAILED,
                    "unknown-account", null, AuditOutcome.FAILURE, "reason=credentials"), null);
            throw new AccessException(Message.of("access.error.signInFailed"));
        }
        Account account = found.get();
        if (account.lockedAt(now)) {
            AuditService.record(workspace, account.name(), new AuditEvent(AuditAction.SIGN_IN_FAILED,
                    account.name(), null, AuditOutcome.BLOCKED, "reason=locked"), null);
            throw new AccessException(Message.of("access.error.locked", account.name(),
                    account.lockedUntil().toString()));
        }
        boolean passwordOk = PasswordHash.verify(password, accounts.passwordHash(account.name()).orElse(null));
        if (!passwordOk) {
            fail(workspace, accounts, account, "credentials", now);
        }
        // the account key is derived only once the password checked out (record 0034)
        try (AccountKeys keys = new AccountKeys(accounts, account.name(), password)) {
            String failure = totpFailure(accounts, keys, account, totpCode, now);
            if (failure != null) {
                fail(workspace, accounts, account, failure, now);
            }
            if (!account.enabled()) {
                AuditService.record(workspace, account.name(), new AuditEvent(AuditAction.SIGN_IN_FAILED,
                        account.name(), null, AuditOutcome.BLOCKED, "reason=disabled"), null);
                throw new AccessException(Message.of("access.error.disabled", account.name()));
            }
            accounts.update(account.name(), "failed_attempts", 0);
            accounts.update(account.name(), "locked_until", null);
            char[] vault = keys.vaultPassword(AccountKeys.VAULT);
            char[] staged = keys.vaultPassword(AccountKeys.VAULT_NEXT);
            boolean migrated = keys.migrate(vault);
            AuditService.record(workspace, account.name(), new AuditEvent(AuditAction.SIGN_IN, account.name(), null,
                    AuditOutcome.SUCCESS, "role=" + account.role().code() + (account.totp() ? " totp" : "")
                    + (migrated ? " secrets-sealed" : "")), null);
            AuditService.signedIn(workspace.directory(), account.name());
            return new Session(new Actor(account.name(), account.role()), vault, staged);
        }
    }

    /**
     * Before the vault password changes: seals {@code newVaultPassword} to the escrow public key of every account
     * that holds the vault password, as a staged copy beside the current one (one transaction; no account password is
     * needed). The caller then changes the vault and calls {@link #settleVaultPassword}; if it is interrupted in
     * between, the sign-in hands out both copies ({@link Session#stagedVaultPassword}) and the vault opener keeps
     * the one that opens (record 0034).
     *
     * @return the accounts whose copy could not be re-sealed because they have not signed in since record 0034 (their
     *         copy is still sealed under their password only); they must be given the vault again
     */
    public static List<String> stageVaultPassword(Path directory, Actor by, char[] newVaultPassword) {
        if (!isGoverned(directory)) {
            return List.of();
        }
        Workspace workspace = Workspace.open(directory);
        AccessPolicy.require(workspace, by, Permission.USE_KEYS, Message.of("access.what.keys",
                workspace.directory().toString()));
        AccountStore accounts = new AccountStore(workspace);
        accounts.upgrade();
        java.util.Map<String, String> staged = new java.util.LinkedHashMap<>();
        List<String> stale = new java.util.ArrayList<>();
        for (Account a : accounts.list()) {
            if (accounts.vaultSecret(a.name()).isEmpty()) {
                continue;
            }
            Optional<String> publicKey = accounts.column(a.name(), "escrow_public");
            if (publicKey.isEmpty()) {
                stale.add(a.name());
            } else {
                staged.put(a.name(), VaultEscrow.sealTo(java.util.Base64.getDecoder().decode(publicKey.get()),
                        newVaultPassword, a.name()));
            }
        }
        accounts.stageVaultSecrets(staged);
        return stale;
    }

    /**
     * After a vault password change: {@code changed} true promotes the staged copies (the vault now opens with the
     * new password), false drops them (the change did not happen). One statement either way.
     */
    public static void settleVaultPassword(Path directory, boolean changed) {
        if (isGoverned(directory)) {
            AccountStore accounts = new AccountStore(Workspace.open(directory));
            accounts.upgrade();
            accounts.settleVaultSecrets(changed);
        }
    }

    /** Records that {@code actor} signed out (the GUI's "Sign out"). */
    public static void signOut(Path directory, Actor actor) {
        if (actor != null && isGoverned(directory)) {
            AuditService.record(Workspace.open(directory), actor.user(), AuditEvent.success(AuditAction.SIGN_OUT,
                    actor.user(), null), null);
        }
        AuditService.signedOut(directory);
    }

    /** Registers a front end's alert notifier (see {@link Alerts#listen}); close the handle to remove it. */
    public static AutoCloseable onAlert(Consumer<Alert> listener) {
        return Alerts.listen(listener);
    }

    /** The alert rules in force for the workspace in {@code directory}. */
    public static AlertRules alertRules(Path directory) {
        return Alerts.rules(Workspace.open(directory));
    }

    /** Saves the workspace's alert rules; needs the administrator's permission on a governed workspace. */
    public static void saveAlertRules(Path directory, Actor by, AlertRules rules) {
        Workspace workspace = Workspace.open(directory);
        AccessPolicy.require(workspace, by, Permission.MANAGE_WORKSPACE, Message.of("access.what.alertRules"));
        Alerts.saveRules(workspace, rules);
    }

    private static String totpFailure(AccountStore accounts, AccountKeys keys, Account account, String code,
                                      Instant now) {
        Optional<String> secret = keys.totpSecret();
        if (secret.isEmpty()) {
            return null;
        }
        if (code == null || code.isBlank()) {
            return "totp-missing";
        }
        byte[] key = Totp.fromBase32(secret.get());
        long step = Totp.step(now);
        long last = accounts.totpLastStep(account.name());
        for (long s = step - 1; s <= step + 1; s++) { // one step of clock drift either way (RFC 6238 section 5.2)
            if (s > last && Totp.code(key, s, 6, Totp.Algorithm.SHA1).equals(code.strip())) {
                accounts.update(account.name(), "totp_last_step", s); // a code works once: no replay
                return null;
            }
        }
        return "totp";
    }

    private static void fail(Workspace workspace, AccountStore accounts, Account account, String reason,
                             Instant now) {
        int failures = account.failedAttempts() + 1;
        accounts.update(account.name(), "failed_attempts", failures);
        int limit = workspace.setting("access.lockoutAttempts").map(Integer::parseInt)
                .orElse(DEFAULT_LOCKOUT_ATTEMPTS);
        boolean locked = failures >= limit;
        if (locked) {
            int minutes = workspace.setting("access.lockoutMinutes").map(Integer::parseInt)
                    .orElse(DEFAULT_LOCKOUT_MINUTES);
            accounts.update(account.name(), "locked_until", now.plus(Duration.ofMinutes(minutes)).toString());
        }
        AuditService.record(workspace, account.name(), new AuditEvent(AuditAction.SIGN_IN_FAILED, account.name(),
                null, AuditOutcome.FAILURE, "reason=" + reason + " failures=" + failures
                + (locked ? " locked" : "")), null);
        Alerts.failedSignIns(workspace, account.name(), failures);
        throw new AccessException("totp-missing".equals(reason) ? Message.of("access.error.totpRequired")
                : Message.of("access.error.signInFailed"));
    }

    private static Account create(Workspace workspace, AccountStore accounts, String by, String name, Role role,
                                  char[] password, char[] vaultPassword) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AccessException(Message.of("access.error.name", String.valueOf(name)));
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new AccessException(Message.of("access.error.shortPassword", MIN_PASSWORD_LENGTH));
        }
        if (accounts.find(name).isPresent()) {
            throw new AccessException(Message.of("access.error.exists", name));
        }
        accounts.insert(name, role, PasswordHash.hash(password), Instant.now());
        if (vaultPassword != null) {
            try (AccountKeys keys = new AccountKeys(accounts, name, password)) {
                keys.commit(keys.provisionEscrow(vaultPassword));
            }
        }
        AuditService.record(workspace, by, new AuditEvent(AuditAction.USER_CHANGE, name, null,
                AuditOutcome.SUCCESS, "created role=" + role.code()), null);
        return accounts.find(name).orElseThrow();
    }

    /**
     * A signed-in account. {@code vaultPassword} opens the workspace key vault for a Privacy Officer or Administrator
     * (null for an Analyst, or when the account has none); the holder wipes it with {@link #close()}.
     *
     * @param actor               who signed in
     * @param vaultPassword       the vault password kept for this account, or null
     * @param stagedVaultPassword the copy staged by a vault password change that may have been interrupted, or null
     *                            (see {@link #stageVaultPassword}); the vault opener tries it when the first fails
     */
    public record Session(Actor actor, char[] vaultPassword, char[] stagedVaultPassword) implements AutoCloseable {
        public Session {
            java.util.Objects.requireNonNull(actor, "actor");
        }

        /** A session without a staged vault password. */
        public Session(Actor actor, char[] vaultPassword) {
            this(actor, vaultPassword, null);
        }

        /** Wipes the vault passwords. */
        @Override
        public void close() {
            if (vaultPassword != null) {
                java.util.Arrays.fill(vaultPassword, '\0');
            }
            if (stagedVaultPassword != null) {
                java.util.Arrays.fill(stagedVaultPassword, '\0');
            }
        }

        @Override
        public String toString() {
            return "Session[" + actor + "]"; // never the password
        }
    }

    /** Hashed on first use only: CLI commands that never sign in must not pay for an Argon2 run. */
    private static final class Dummy {
        static final String HASH = PasswordHash.hash("not-a-password".toCharArray());
    }
}
