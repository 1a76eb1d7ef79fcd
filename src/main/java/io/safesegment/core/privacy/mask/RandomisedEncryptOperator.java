package io.safesegment.core.privacy.mask;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.field.AesGcmFieldEncryption;
import io.safesegment.core.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import tech.tablesaw.columns.Column;

/**
 * Randomised encryption (AES-256-GCM with a fresh random 96-bit nonce per value): equal values give different
 * ciphertexts, so nothing can be counted or joined without the key. Nonces come from {@link SecureRandom} on
 * purpose — the project's "every randomised algorithm takes a seed" rule does not apply to nonces, whose
 * unpredictability is what makes GCM safe. Output: URL-safe Base64 of nonce + ciphertext + tag.
 */
public final class RandomisedEncryptOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "encrypt-random";

    private final String keyName;

    /** @param keyName vault key of purpose FILE (AES-256) */
    public RandomisedEncryptOperator(String keyName) {
        if (keyName == null || keyName.isBlank()) {
            throw new InvalidParameterException(ID, "key", Message.of("mask.randomisedEncryptOperator.mustNameAWorkspace"));
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
        return true;
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        byte[] key = context.keys().secretKey(keyName, KeyPurpose.FILE);
        AesGcmFieldEncryption gcm = new AesGcmFieldEncryption(key, new SecureRandom());
        Arrays.fill(key, (byte) 0);
        byte[] aad = column.name().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String[] out = new String[column.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = column.isMissing(i) ? StringColumnValues.MISSING
                    : b64.encodeToString(gcm.encrypt(column.getString(i).getBytes(StandardCharsets.UTF_8), aad));
        }
        return StringColumnValues.column(column.name(), out);
    }

    /** Decrypts one value of a column encrypted by this operator (authorised re-identification). */
    public static String decrypt(String ciphertext, String columnName, byte[] key) {
        AesGcmFieldEncryption gcm = new AesGcmFieldEncryption(key, new SecureRandom());
        return new String(gcm.decrypt(Base64.getUrlDecoder().decode(ciphertext),
                columnName.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
