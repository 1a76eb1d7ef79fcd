package io.safesegment.core.crypto.field;

/**
 * Deterministic authenticated encryption of single field values: equal plaintexts (under the same key and
 * associated data) give equal ciphertexts, so encrypted columns can still be joined and counted. That equality is
 * exactly what it leaks; use {@link RandomisedEncryption} where joins are not needed. Implementations are
 * thread-safe.
 */
public interface DeterministicEncryption {

    /** Encrypts {@code plaintext}; {@code associatedData} (e.g. the column name) is authenticated, not encrypted. */
    byte[] encrypt(byte[] plaintext, byte[] associatedData);

    /** Decrypts and authenticates; throws {@link io.safesegment.core.crypto.TamperedDataException} on any mismatch. */
    byte[] decrypt(byte[] ciphertext, byte[] associatedData);

    /** Encrypts a text value to unpadded base64url, suitable for a CSV cell. */
    default String encryptText(String plaintext, String associatedData) {
        return FieldCodec.encode(encrypt(FieldCodec.utf8(plaintext), FieldCodec.utf8(associatedData)));
    }

    /** Reverses {@link #encryptText(String, String)}. */
    default String decryptText(String ciphertext, String associatedData) {
        return FieldCodec.text(decrypt(FieldCodec.decode(ciphertext), FieldCodec.utf8(associatedData)));
    }
}
