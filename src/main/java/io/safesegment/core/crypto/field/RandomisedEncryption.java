package io.safesegment.core.crypto.field;

/**
 * Randomised authenticated encryption of single field values: the same plaintext encrypts differently each time,
 * so nothing about equality leaks. Implementations are thread-safe.
 */
public interface RandomisedEncryption {

    /** Encrypts {@code plaintext} with a fresh nonce; {@code associatedData} is authenticated, not encrypted. */
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
