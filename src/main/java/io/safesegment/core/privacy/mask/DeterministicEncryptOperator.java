package io.safesegment.core.privacy.mask;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.field.AesSivEncryption;
import io.safesegment.core.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import tech.tablesaw.columns.Column;

/**
 * Deterministic authenticated encryption (AES-SIV, RFC 5297, through the crypto module): the same value always
 * gives the same ciphertext, so joins and counts still work, and only the key holder can decrypt. The column name
 * is bound as associated data, so a ciphertext moved to another column does not decrypt. Output: URL-safe Base64.
 */
public final class DeterministicEncryptOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "encrypt-deterministic";

    private final String keyName;

    /** @param keyName vault key of purpose DETERMINISTIC_AEAD */
    public DeterministicEncryptOperator(String keyName) {
        if (keyName == null || keyName.isBlank()) {
            throw new InvalidParameterException(ID, "key", Message.of("mask.deterministicEncryptOperator.mustNameAWorkspace"));
        }
        this.keyName = keyName;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.ENCRYPTED;
    }

    @Override
    public boolean neverReturnsInput() {
        return true; // a ciphertext carries a 16-byte synthetic IV, so it is always longer than its plaintext
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        byte[] key = context.keys().secretKey(keyName, KeyPurpose.DETERMINISTIC_AEAD);
        AesSivEncryption siv = new AesSivEncryption(key);
        Arrays.fill(key, (byte) 0);
        byte[] aad = column.name().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return value -> b64.encodeToString(siv.encrypt(value.getBytes(StandardCharsets.UTF_8), aad));
    }

    /** Decrypts one value of a column encrypted by this operator (authorised re-identification). */
    public static String decrypt(String ciphertext, String columnName, byte[] key) {
        AesSivEncryption siv = new AesSivEncryption(key);
        return new String(siv.decrypt(Base64.getUrlDecoder().decode(ciphertext),
                columnName.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
