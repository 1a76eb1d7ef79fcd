package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256 and SHA-256 through the JCA, with per-thread instances (Mac objects are not thread-safe). */
final class Hmac {
    private Hmac() {
    }

    /** HMAC-SHA-256 of {@code data} under {@code key}. */
    static byte[] sha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new LocalizedStateException(Message.of("mask.hmac.hmacSha256Is"), e);
        }
    }

    /** A reusable keyed HMAC for hot loops over one column. */
    static Mac newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new LocalizedStateException(Message.of("mask.hmac.hmacSha256Is"), e);
        }
    }

    /** A SHA-256 digest instance. */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new LocalizedStateException(Message.of("mask.hmac.sha256IsUnavailable"), e);
        }
    }
}
