package io.safesegment.core.privacy.mask;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;
import tech.tablesaw.columns.Column;

/**
 * Keyed pseudonyms: {@code prefix + hex(HMAC-SHA-256(key, value))[0..length)}, e.g. {@code CUST-3f9a1c0b5e7d2a44}.
 * The same key gives the same pseudonym in every dataset, so joins and counts still work after masking; without
 * the key the mapping cannot be recomputed. The result is still personal data under GDPR (pseudonymised).
 */
public final class PseudonymOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "pseudonym";

    private final String keyName;
    private final String prefix;
    private final int length;

    /**
     * @param keyName name of the vault key (purpose: pseudonym HMAC)
     * @param prefix  readable prefix, may be empty
     * @param length  number of hex characters kept, 8..64 (16 = 64 bits, collision-free for millions of ids)
     */
    public PseudonymOperator(String keyName, String prefix, int length) {
        if (keyName == null || keyName.isBlank()) {
            throw new InvalidParameterException(ID, "key", Message.of("mask.pseudonymOperator.mustNameAWorkspace"));
        }
        if (length < 8 || length > 64) {
            throw new InvalidParameterException(ID, "length", Message.of("mask.pseudonymOperator.mustBeBetween8", length));
        }
        if (prefix != null && prefix.codePointCount(0, prefix.length()) > 32) {
            throw new InvalidParameterException(ID, "prefix", Message.of("mask.pseudonymOperator.mustBeAtMost"));
        }
        this.keyName = keyName;
        this.prefix = prefix == null ? "" : prefix;
        this.length = length;
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
        byte[] key = context.keys().secretKey(keyName, KeyPurpose.PSEUDONYM_HMAC);
        Mac mac = Hmac.newMac(key);
        Arrays.fill(key, (byte) 0);
        return value -> {
            String pseudonym = pseudonym(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
            // An input that is literally its own pseudonym is astronomically unlikely; keep the promise anyway.
            return pseudonym.equals(value) ? pseudonym + "~" : pseudonym;
        };
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The prefix and the first {@code length} lowercase hex digits of {@code hmac}, written into one char array
     * (formatting all 64 digits and cutting them was a tenth of the masking time; decision 0020).
     */
    private String pseudonym(byte[] hmac) {
        int p = prefix.length();
        char[] out = new char[p + length];
        prefix.getChars(0, p, out, 0);
        for (int i = 0; i < length; i++) {
            int b = hmac[i >> 1];
            out[p + i] = HEX[(i & 1) == 0 ? (b >> 4) & 0xF : b & 0xF];
        }
        return new String(out);
    }
}
