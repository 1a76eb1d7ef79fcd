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
import java.util.Optional;


/**
 * Handing accounts their secrets outside a sign-in: an account added with its second factor enrolled at once (the
 * Governance section's Accounts form), and the vault password handed again to an account that a vault password change
 * could not re-seal (record 0041). Kept apart from {@link AccessService} so each stays small; the same permission
 * checks and audit entries apply.
 */
public final class AccountProvisioningService {
    private AccountProvisioningService() {
    }

    /**
     * An account just added and, when asked for, its TOTP secret (Base32), shown once to whoever hands the account
     * over; the secret is stored sealed under the new account's key only.
     */
    public record NewAccount(Account account, String totpSecret) {
        @Override
        public String toString() {
            return "NewAccount[" + account + "]"; // never the secret
        }
    }

    /**
     * Adds an account like {@link AccessService#addUser} and, when {@code enrolTotp}, enrols its second factor at once. The
     * administrator typed the initial password, so the new account key can seal the secret now (record 0034 otherwise
     * lets only the account itself enrol, because only its password derives that key).
     */
    public static NewAccount addUser(Path directory, AccessService.Session by, String name, Role role, char[] password,
                                     boolean enrolTotp) {
        Account added = AccessService.addUser(directory, by, name, role, password);
        if (!enrolTotp) {
            return new NewAccount(added, null);
        }
        String secret = AccessService.enrolTotp(directory, new Actor(added.name(), added.role()), added.name(), password);
        return new NewAccount(new AccountStore(Workspace.open(directory)).find(added.name()).orElseThrow(), secret);
    }

    /**
     * The desktop's Accounts form: adds an account as the signed-in {@code by}, who confirms with their own password
     * (a window holds no vault password after sign-in; the confirmation opens {@code by}'s copy so a Privacy Officer
     * or Administrator can be handed the vault, record 0025), and optionally enrols the new account's second factor.
     *
     * @throws AccessException when {@code byPassword} is wrong (nothing is written), or as {@link AccessService#addUser}
     */
    public static NewAccount addUser(Path directory, Actor by, char[] byPassword, String name, Role role,
                                     char[] password, boolean enrolTotp) {
        Workspace workspace = Workspace.open(directory);
        AccessPolicy.require(workspace, by, Permission.MANAGE_USERS, Message.of("access.what.addUser", name));
        AccountStore accounts = new AccountStore(workspace);
        if (!PasswordHash.verify(byPassword, accounts.passwordHash(by.user()).orElse(null))) {
            throw new AccessException(Message.of("access.error.confirmPassword", by.user()));
        }
        char[] vault;
        try (AccountKeys keys = new AccountKeys(accounts, by.user(), byPassword)) {
            vault = keys.vaultPassword(AccountKeys.VAULT);
        }
        try (AccessService.Session session = new AccessService.Session(by, vault)) {
            return addUser(directory, session, name, role, password, enrolTotp);
        }
    }

    /**
     * Hands the vault password in {@code vaultPassword} to the account {@code name} again, sealed to its escrow key
     * (record 0041): the path for an account that a vault password change could not re-seal ({@code notResealed})
     * because it was still in the record-0025 form. {@code by} must manage users; the caller has checked that
     * {@code vaultPassword} opens the vault (core.crypto does, this package cannot). The copy is replaced by one
     * UPDATE of the account's row, so an interruption leaves either the old copy or the new one.
     *
     * @throws AccessException when the account may not use keys, or has no escrow key yet (it has not signed in since
     *                         record 0034: it signs in once, then this is repeated); nothing is written
     */
    public static Account resealVault(Path directory, Actor by, String name, char[] vaultPassword) {
        Workspace workspace = Workspace.open(directory);
        AccessPolicy.require(workspace, by, Permission.MANAGE_USERS, Message.of("access.what.resealVault", name));
        AccountStore accounts = new AccountStore(workspace);
        accounts.upgrade();
        Account account = accounts.find(name).orElseThrow(() -> new AccessException(
                Message.of("access.error.unknownAccount", name, workspace.directory().toString())));
        if (!AccessPolicy.allows(account.role(), Permission.USE_KEYS)) {
            throw new AccessException(Message.of("access.error.resealNoKeys", account.name()));
        }
        Optional<String> publicKey = accounts.column(account.name(), "escrow_public");
        if (publicKey.isEmpty()) {
            throw new AccessException(Message.of("access.error.resealSignInFirst", account.name()));
        }
        java.util.Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put(AccountKeys.VAULT, VaultEscrow.sealTo(java.util.Base64.getDecoder().decode(publicKey.get()),
                vaultPassword, account.name()));
        changes.put(AccountKeys.VAULT_NEXT, null);
        accounts.updateAll(account.name(), changes);
        AuditService.record(workspace, AccessPolicy.auditUser(by), new AuditEvent(AuditAction.USER_CHANGE,
                account.name(), null, AuditOutcome.SUCCESS, "vault-resealed"), null);
        return accounts.find(account.name()).orElseThrow();
    }
}
