package io.safesegment.core.privacy.mask;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import tech.tablesaw.columns.Column;

/**
 * Salted SHA-256: {@code hex(SHA-256(salt || value))}. Unlike the keyed pseudonym the salt is stored in the policy,
 * so anyone holding the policy can test guesses; prefer {@link PseudonymOperator} for identifiers with few possible
 * values (phone numbers, national ids).
 */
public final class SaltedHashOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "hash";

    private final byte[] salt;

    /** @param salt the salt, at least 8 characters */
    public SaltedHashOperator(String salt) {
        if (salt == null || salt.length() < 8) {
            throw new MaskingException("hash: 'salt' must be at least 8 characters");
        }
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.PSEUDONYMISED;
    }

    @Override
    public boolean neverReturnsInput() {
        return true;
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        MessageDigest sha = Hmac.newSha256();
        HexFormat hex = HexFormat.of();
        return value -> {
            sha.update(salt);
            String h = hex.formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
            return h.equals(value) ? h + "~" : h;
        };
    }
}
