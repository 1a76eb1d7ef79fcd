package io.safesegment.core.crypto;

import io.safesegment.core.crypto.file.FileCipher;
import io.safesegment.core.crypto.file.FileCryptoResult;
import io.safesegment.core.crypto.file.FileHeader;
import io.safesegment.core.crypto.file.FileKeySource;
import io.safesegment.core.crypto.pgp.PgpFiles;
import io.safesegment.core.crypto.pgp.PgpKeyGenerator;
import io.safesegment.core.crypto.pgp.PgpRecipient;
import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.access.AccessPolicy;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.Permission;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.governance.CheckpointSigner;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * The front ends' one entry to the cryptography of files: encrypt/decrypt with a vault key or a password, OpenPGP
 * to a recipient, public-key export and manifest verification. Keys come from an open {@link KeyVault} (the key
 * vault access the front end unlocks with the user's password); key material never leaves this class except
 * inside the primitives, and is wiped after use.
 */
public final class CryptoService {
    private CryptoService() {
    }

    /**
     * Opens (or, when asked, creates) the key vault of the workspace in {@code directory} as {@code actor}: on a
     * governed workspace only a role that may use keys may (record 0025; an Analyst cannot read keys).
     *
     * @param actor the signed-in account, or null on an ungoverned workspace
     */
    public static KeyVault openVault(Path directory, char[] password, boolean createIfMissing, Actor actor)
            throws IOException {
        AccessPolicy.require(directory, actor, Permission.USE_KEYS, Message.of("access.what.keys",
                directory.toAbsolutePath().normalize().toString()));
        return createIfMissing ? KeyVault.openOrCreate(directory, password) : KeyVault.open(directory, password);
    }

    /**
     * Opens the vault of a governed workspace with the vault password a sign-in handed out. When that copy does not
     * open it but the staged copy of an interrupted vault password change does (record 0034), the staged copies become
     * the current ones; when the current copy opens it, stale staged copies are dropped.
     *
     * @throws WrongPasswordException when neither copy opens the vault
     */
    public static KeyVault openVault(Path directory, AccessService.Session session) throws IOException {
        char[] staged = session.stagedVaultPassword();
        try {
            KeyVault vault = openVault(directory, session.vaultPassword(), false, session.actor());
            if (staged != null) {
                AccessService.settleVaultPassword(directory, false);
            }
            return vault;
        } catch (WrongPasswordException e) {
            if (staged == null) {
                throw e;
            }
            KeyVault vault = openVault(directory, staged, false, session.actor());
            AccessService.settleVaultPassword(directory, true);
            return vault;
        }
    }

    /**
     * Re-encrypts {@code vault} under {@code newPassword} and re-seals the vault password copy of every account of a
     * governed workspace to its escrow key (record 0034): the new copies are staged first (one transaction), then the
     * vault file is replaced atomically, then the staged copies are promoted (one statement). Interrupted anywhere, no
     * account loses the vault: before the vault changed the old copies still open it; after, the staged ones do
     * ({@link #openVault(Path, AccessService.Session)}).
     *
     * @param actor the signed-in account (it opened the vault), or null on an ungoverned workspace
     * @return the number of key versions re-encrypted and the accounts whose copy could not be re-sealed
     */
    public static VaultPasswordChange changeVaultPassword(KeyVault vault, char[] newPassword, Actor actor)
            throws IOException {
        Path directory = vault.file().toAbsolutePath().getParent();
        List<String> stale = AccessService.stageVaultPassword(directory, actor, newPassword);
        try {
            vault.changePassword(newPassword);
        } catch (IOException | RuntimeException e) {
            AccessService.settleVaultPassword(directory, false);
            throw e;
        }
        AccessService.settleVaultPassword(directory, true);
        AuditService.recordIfWorkspace(directory, new AuditEvent(AuditAction.KEY_ROTATE, vault.file().getFileName()
                .toString(), null, AuditOutcome.SUCCESS, "vault-password-changed resealed-accounts"
                + (stale.isEmpty() ? "" : " not-resealed=" + stale.size())), null);
        return new VaultPasswordChange(vault.list().size(), stale);
    }

    /**
     * Hands the vault password to the account {@code name} again (record 0041): for an account a vault password change
     * named in {@code notResealed}. {@code by} is an Administrator's session; the vault password it holds must open the
     * vault now (checked here first, so a stale copy is never handed on), then it is sealed to the account's escrow
     * key in one row update ({@link io.safesegment.core.governance.access.AccountProvisioningService#resealVault}).
     *
     * @throws io.safesegment.core.governance.access.AccessException when the session's copy does not open the vault,
     *         or the account cannot take it yet; nothing is written
     */
    public static io.safesegment.core.governance.access.Account resealVault(Path directory,
            AccessService.Session by, String name) throws IOException {
        AccessPolicy.require(directory, by.actor(), Permission.MANAGE_USERS, Message.of("access.what.resealVault",
                name));
        for (char[] candidate : new char[][] {by.vaultPassword(), by.stagedVaultPassword()}) {
            if (candidate == null) {
                continue;
            }
            try (KeyVault opened = KeyVault.open(directory, candidate)) {
                return io.safesegment.core.governance.access.AccountProvisioningService.resealVault(directory,
                        by.actor(), name, candidate);
            } catch (WrongPasswordException e) {
                // try the staged copy of an interrupted change, then give up
            }
        }
        throw new io.safesegment.core.governance.access.AccessException(Message.of("access.error.resealStaleVault",
                directory.toAbsolutePath().normalize().toString(), name));
    }

    /**
     * The outcome of {@link #changeVaultPassword}.
     *
     * @param keyVersions      key versions re-encrypted under the new password
     * @param notResealed      accounts (not signed in since record 0034) whose vault copy could not be re-sealed
     */
    public record VaultPasswordChange(int keyVersions, List<String> notResealed) {
        public VaultPasswordChange {
            notResealed = List.copyOf(notResealed);
        }
    }

    /** Creates the workspace's key vault with {@code params} as {@code actor} (guarded like {@link #openVault}). */
    public static KeyVault createVault(Path directory, char[] password, Argon2Params params, Actor actor)
            throws IOException {
        AccessPolicy.require(directory, actor, Permission.USE_KEYS, Message.of("access.what.keys",
                directory.toAbsolutePath().normalize().toString()));
        return KeyVault.create(directory, password, params);
    }

    /** Encrypts {@code in} to {@code out} with the current version of the vault's FILE key {@code keyName}. */
    public static FileCryptoResult encryptWithKey(Path in, Path out, KeyVault vault, String keyName,
                                                  Progress progress) throws IOException {
        VaultKey fileKey = vault.current(keyName).requirePurpose(KeyPurpose.FILE);
        FileCryptoResult result;
        try {
            result = FileCipher.withDefaults().encryptWithKey(in, out, keyName, fileKey.info().version(),
                    fileKey.material(), progress);
        } finally {
            fileKey.wipe();
        }
        audit(vault, AuditAction.ENCRYPT, in, "key=" + keyName + " v" + fileKey.info().version() + " out="
                + out.getFileName());
        return result;
    }

    /** Encrypts {@code in} to {@code out} with a key derived from {@code password} (Argon2id, default cost). */
    public static FileCryptoResult encryptWithPassword(Path in, Path out, char[] password, Progress progress)
            throws IOException {
        return FileCipher.withDefaults().encryptWithPassword(in, out, password, Argon2Params.DEFAULT, progress);
    }

    /** The header of an encrypted file: whether it needs a password or which vault key and version. */
    public static FileHeader readHeader(Path in) throws IOException {
        return FileCipher.readHeader(in);
    }

    /** Decrypts a password-encrypted file. */
    public static FileCryptoResult decryptWithPassword(Path in, Path out, char[] password, Progress progress)
            throws IOException {
        return FileCipher.withDefaults().decrypt(in, out, FileKeySource.password(password), progress);
    }

    /** Decrypts a file encrypted with a vault FILE key (the key version named in its header). */
    public static FileCryptoResult decryptWithVault(Path in, Path out, KeyVault vault, Progress progress)
            throws IOException {
        return decryptWithVault(in, out, vault, null, progress);
    }

    /**
     * {@link #decryptWithVault(Path, Path, KeyVault, Progress)} as {@code actor}: on a governed workspace only a role
     * that may use keys may decrypt (record 0025).
     */
    public static FileCryptoResult decryptWithVault(Path in, Path out, KeyVault vault, Actor actor,
                                                    Progress progress) throws IOException {
        AccessPolicy.require(vault.file().toAbsolutePath().getParent(), actor, Permission.USE_KEYS,
                Message.of("access.what.decrypt", in.getFileName().toString()));
        FileCryptoResult result = FileCipher.withDefaults().decrypt(in, out,
                h -> vault.version(h.keyName(), h.keyVersion()).requirePurpose(KeyPurpose.FILE).material(), progress);
        audit(vault, AuditAction.DECRYPT, in, "out=" + out.getFileName());
        return result;
    }

    /**
     * Records an encryption or decryption with a vault key in the vault's workspace (file names and key names only;
     * password-based encryption has no workspace and is not recorded).
     */
    private static void audit(KeyVault vault, AuditAction action, Path in, String detail) {
        AuditService.recordIfWorkspace(vault.file().toAbsolutePath().getParent(), new AuditEvent(action,
                in.getFileName().toString(), null, AuditOutcome.SUCCESS, detail),
                VaultCheckpointSigner.existing(vault).orElse(null));
    }

    /** OpenPGP-encrypts {@code in} to {@code recipient} (integrity-protected, fresh session key). */
    public static PgpFiles.Result pgpEncrypt(Path in, Path out, PgpRecipient recipient, boolean armor,
                                             Progress progress) throws IOException {
        return PgpFiles.encrypt(in, out, recipient, armor, new SecureRandom(), progress);
    }

    /** Decrypts an OpenPGP message with a workspace OpenPGP key's secret key ring. */
    public static PgpFiles.Result pgpDecrypt(Path in, Path out, VaultKey key, Progress progress) throws IOException {
        return PgpFiles.decrypt(in, out, key.material(), progress);
    }

    /** The ASCII-armoured public key ring of a workspace OpenPGP key. */
    public static String armoredPublicKey(VaultKey key) {
        return PgpKeyGenerator.armor(key.publicMaterial());
    }

    /** Writes exported public-key text atomically (never key material: only public keys come here). */
    public static void writePublicKey(Path out, String text) throws IOException {
        AtomicFiles.writeString(out, text, false);
    }

    /**
     * The signer of audit checkpoints over the vault's Ed25519 key, creating {@value VaultCheckpointSigner#KEY_NAME}
     * when the vault has none (an on-demand checkpoint).
     */
    public static CheckpointSigner auditSigner(KeyVault vault) throws IOException {
        return VaultCheckpointSigner.ensure(vault);
    }

    /** The public keys of the vault's Ed25519 keys: what an audit checkpoint may be signed by. */
    public static List<byte[]> auditSigningKeys(KeyVault vault) {
        return VaultCheckpointSigner.trustedKeys(vault);
    }

    /** Verifies a signed manifest against pinned public keys. */
    public static ManifestVerifier.Report verifyPinned(Path manifest, List<byte[]> trustedPublicKeys,
                                                       Progress progress) throws IOException {
        return ManifestVerifier.verifyPinned(manifest, trustedPublicKeys, progress);
    }
}
