package io.safesegment.core.crypto.field;

import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Randomised field encryption with JCA AES-256-GCM: output is {@code nonce (12) || ciphertext || tag (16)} with a
 * random 96-bit nonce per value (safe for about 2^32 values per key, NIST SP 800-38D section 8.3; rotate the key
 * before that).
 */
public final class AesGcmFieldEncryption implements RandomisedEncryption {
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;
    /** Cipher lookup is costly next to sealing a short value; a Cipher is not thread-safe, hence one per thread. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(AesGcmFieldEncryption::newCipher);

    /** Creates the service over a 16/24/32-byte AES key (copied) with nonces from {@code random}. */
    public AesGcmFieldEncryption(byte[] key, SecureRandom random) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new CryptoException(Message.of("field.aesGcmFieldEncryption.aesGcmNeedsA", key.length));
        }
        this.key = new SecretKeySpec(key, "AES");
        this.random = random;
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        byte[] sealed = seal(nonce, plaintext, associatedData);
        byte[] out = new byte[NONCE + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE);
        System.arraycopy(sealed, 0, out, NONCE, sealed.length);
        return out;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        if (ciphertext.length < NONCE + TAG_BITS / 8) {
            throw new TamperedDataException(Message.of("field.aesGcmFieldEncryption.encryptedFieldValueIs"));
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 0, NONCE));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            return cipher.doFinal(ciphertext, NONCE, ciphertext.length - NONCE);
        } catch (AEADBadTagException e) {
            throw new TamperedDataException(Message.of("field.aesGcmFieldEncryption.encryptedFieldValueFailed"), e);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("field.aesGcmFieldEncryption.aesGcmDecryptionFailed", LocalizedMessage.of(e)), e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("field.aesGcmFieldEncryption.thisJavaRuntimeHas"), e);
        }
    }

    /** AES-GCM with an explicit nonce, returning ciphertext || tag; package-private so SP 800-38D vectors test it. */
    byte[] seal(byte[] nonce, byte[] plaintext, byte[] associatedData) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            if (associatedData != null) {
                cipher.updateAAD(associatedData);
            }
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("field.aesGcmFieldEncryption.aesGcmEncryptionFailed", LocalizedMessage.of(e)), e);
        }
    }
}
