package io.safesegment.core.governance.access;

import io.safesegment.core.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One account's secrets at rest during one sign-in or enrolment (record 0034): derives the account key from the
 * password at most once, opens the TOTP secret and the vault password copy, seals new ones, and moves the legacy clear
 * forms (TOTP secret in Base32, vault copy sealed under the password itself) to the sealed forms. The password is the
 * caller's and only borrowed; {@link #close} wipes the derived key.
 */
final class AccountKeys implements AutoCloseable {
    static final String VAULT = "vault_secret";
    static final String VAULT_NEXT = "vault_secret_next";

    private final AccountStore accounts;
    private final String account;
    private final char[] password;
    private String newSalt;
    private byte[] key;

    /** {@code password} must already have been checked against the account's hash. */
    AccountKeys(AccountStore accounts, String account, char[] password) {
        this.accounts = accounts;
        this.account = account;
        this.password = password;
        accounts.upgrade();
    }

    /** The account's TOTP secret in Base32, or empty when it has no second factor. */
    Optional<String> totpSecret() {
        Optional<String> stored = accounts.totpSecret(account);
        if (stored.isEmpty() || !AccountSecrets.sealed(stored.get())) {
            return stored; // legacy clear value: readable, sealed by migrate() after this sign-in
        }
        byte[] plain = AccountSecrets.open(key(), stored.get(), AccountSecrets.TOTP, account);
        if (plain == null) {
            throw new AccessException(Message.of("access.error.secretUnreadable", account));
        }
        try {
            return Optional.of(new String(plain, StandardCharsets.US_ASCII));
        } finally {
            AccountSecrets.wipe(plain);
        }
    }

    /** The TOTP secret (Base32) sealed under the account key, for the {@code totp_secret} column. */
    String sealTotp(String base32) {
        return AccountSecrets.seal(key(), base32.getBytes(StandardCharsets.US_ASCII), AccountSecrets.TOTP, account);
    }

    /**
     * The vault password copy in {@code column} ({@link #VAULT} or the staged {@link #VAULT_NEXT}), or null when the
     * account holds none or it does not open.
     */
    char[] vaultPassword(String column) {
        Optional<String> stored = accounts.column(account, column);
        if (stored.isEmpty()) {
            return null;
        }
        if (!VaultEscrow.sealedToKey(stored.get())) {
            return VaultEscrow.openLegacy(stored.get(), password);
        }
        byte[] publicKey = accounts.column(account, "escrow_public").map(Base64.getDecoder()::decode).orElse(null);
        byte[] privateKey = accounts.column(account, "escrow_private")
                .map(p -> AccountSecrets.open(key(), p, AccountSecrets.ESCROW_KEY, account)).orElse(null);
        if (publicKey == null || privateKey == null) {
            return null;
        }
        try {
            return VaultEscrow.openWith(publicKey, privateKey, stored.get(), account);
        } finally {
            AccountSecrets.wipe(privateKey);
        }
    }

    /** Columns that give the account a new escrow key pair and {@code vaultPassword} sealed to it. */
    Map<String, Object> provisionEscrow(char[] vaultPassword) {
        byte[][] pair = VaultEscrow.newKeyPair();
        try {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("escrow_public", Base64.getEncoder().encodeToString(pair[0]));
            changes.put("escrow_private", AccountSecrets.seal(key(), pair[1], AccountSecrets.ESCROW_KEY, account));
            changes.put(VAULT, VaultEscrow.sealTo(pair[0], vaultPassword, account));
            return changes;
        } finally {
            AccountSecrets.wipe(pair[1]);
        }
    }

    /**
     * After a successful sign-in: seals a legacy clear TOTP secret and moves a legacy vault copy to the escrow key
     * pair, in one transaction.
     *
     * @param vaultPassword the vault password this sign-in opened, or null
     * @return whether anything was migrated
     */
    boolean migrate(char[] vaultPassword) {
        Map<String, Object> changes = new LinkedHashMap<>();
        accounts.totpSecret(account).filter(s -> !AccountSecrets.sealed(s))
                .ifPresent(clear -> changes.put("totp_secret", sealTotp(clear)));
        boolean legacyVault = accounts.column(account, VAULT).filter(v -> !VaultEscrow.sealedToKey(v)).isPresent();
        if (legacyVault && vaultPassword != null) {
            changes.putAll(provisionEscrow(vaultPassword));
        }
        commit(changes);
        return !changes.isEmpty();
    }

    /** Writes {@code changes} (plus a newly made key salt) to the account's row in one transaction. */
    void commit(Map<String, Object> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Object> all = new LinkedHashMap<>(changes);
        if (newSalt != null) {
            all.put("key_salt", newSalt); // written with the first value sealed under it, never alone
        }
        accounts.updateAll(account, all);
        newSalt = null;
    }

    private byte[] key() {
        if (key == null) {
            String salt = accounts.column(account, "key_salt").orElse(null);
            if (salt == null) {
                salt = Base64.getEncoder().encodeToString(AccountSecrets.newSalt());
                newSalt = salt;
            }
            key = AccountSecrets.key(password, Base64.getDecoder().decode(salt));
        }
        return key;
    }

    @Override
    public void close() {
        AccountSecrets.wipe(key);
        key = null;
    }
}
