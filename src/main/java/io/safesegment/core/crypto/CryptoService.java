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

    /** Encrypts {@code in} to {@code out} with the current version of the vault's FILE key {@code keyName}. */
    public static FileCryptoResult encryptWithKey(Path in, Path out, KeyVault vault, String keyName,
                                                  Progress progress) throws IOException {
        VaultKey fileKey = vault.current(keyName).requirePurpose(KeyPurpose.FILE);
        try {
            return FileCipher.withDefaults().encryptWithKey(in, out, keyName, fileKey.info().version(),
                    fileKey.material(), progress);
        } finally {
            fileKey.wipe();
        }
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
        return FileCipher.withDefaults().decrypt(in, out,
                h -> vault.version(h.keyName(), h.keyVersion()).requirePurpose(KeyPurpose.FILE).material(), progress);
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

    /** Verifies a signed manifest against pinned public keys. */
    public static ManifestVerifier.Report verifyPinned(Path manifest, List<byte[]> trustedPublicKeys,
                                                       Progress progress) throws IOException {
        return ManifestVerifier.verifyPinned(manifest, trustedPublicKeys, progress);
    }
}
