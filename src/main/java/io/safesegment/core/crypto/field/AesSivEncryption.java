package io.safesegment.core.crypto.field;

import com.google.crypto.tink.subtle.AesSiv;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.security.GeneralSecurityException;

/**
 * Deterministic AEAD with AES-SIV (RFC 5297) from Google Tink, using a 64-byte key (two AES-256 halves: one for
 * S2V/CMAC, one for CTR). Chosen over BouncyCastle's AES-GCM-SIV with a derived nonce because AES-SIV is a
 * standardised deterministic mode in its own right, so no nonce construction of ours is involved.
 */
public final class AesSivEncryption implements DeterministicEncryption {
    /** Key length: AES-SIV with two 256-bit keys. */
    public static final int KEY_BYTES = 64;

    private final AesSiv siv;

    /** Creates the service; the key array is copied by Tink and stays owned by the caller. */
    public AesSivEncryption(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new CryptoException(Message.of("field.aesSivEncryption.aesSivNeedsA", key.length));
        }
        try {
            siv = new AesSiv(key);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("field.aesSivEncryption.cannotInitialiseAesSiv", LocalizedMessage.of(e)), e);
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return siv.encryptDeterministically(plaintext, associatedData == null ? new byte[0] : associatedData);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("field.aesSivEncryption.aesSivEncryptionFailed", LocalizedMessage.of(e)), e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return siv.decryptDeterministically(ciphertext, associatedData == null ? new byte[0] : associatedData);
        } catch (GeneralSecurityException e) {
            throw new TamperedDataException(Message.of("field.aesSivEncryption.deterministicFieldValueFailed"), e);
        }
    }
}
