package io.safesegment.core.crypto.file;

import io.safesegment.core.crypto.Argon2Kdf;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.i18n.Message;

/**
 * Supplies the 32-byte file key for a header being decrypted: from a password (password mode) or from the vault
 * (key mode). The cipher wipes the returned array when done.
 */
@FunctionalInterface
public interface FileKeySource {

    /** Returns a fresh copy of the key the header asks for, or throws a {@link CryptoException} explaining why not. */
    byte[] keyFor(FileHeader header);

    /** A source for password-mode files; the password array stays owned (and wiped) by the caller. */
    static FileKeySource password(char[] password) {
        return header -> {
            if (!header.passwordMode()) {
                throw new CryptoException(Message.of("file.fileKeySource.thisFileWasEncrypted", header.keyName(), header.keyVersion()));
            }
            return Argon2Kdf.deriveKey(password, header.salt(), header.argon2(), FileCipher.KEY_BYTES);
        };
    }
}
