package io.safesegment.core.crypto.field;

/**
 * Format-preserving encryption: the ciphertext has the same length and alphabet as the plaintext (a 12-digit
 * account number stays 12 digits), so downstream schemas keep working. Decrypting needs the same key and tweak.
 * Implementations are thread-safe.
 */
public interface FormatPreservingEncryption {

    /** Encrypts {@code plaintext}, whose characters must all be in the alphabet. */
    String encrypt(String plaintext);

    /** Decrypts a value produced by {@link #encrypt(String)}. */
    String decrypt(String ciphertext);
}
