package io.safesegment.core.governance.access;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords per RFC 6238 (HOTP of RFC 4226 over 30-second steps), as authenticator apps
 * compute them: HMAC-SHA1, 6 digits by default; SHA-256/512 and 8 digits are supported for the RFC's test vectors.
 * Secrets are shown to the user in Base32 (RFC 4648) for entry into an app.
 */
public final class Totp {
    /** Seconds per time step (RFC 6238's default X). */
    public static final int STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    /** The HMAC algorithms of RFC 6238. */
    public enum Algorithm {
        SHA1("HmacSHA1"), SHA256("HmacSHA256"), SHA512("HmacSHA512");

        private final String jca;

        Algorithm(String jca) {
            this.jca = jca;
        }
    }

    /** The time step (counter) that contains {@code time}. */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code step}, left-padded with zeros to {@code digits} (6 to 8). */
    public static String code(byte[] secret, long step, int digits, Algorithm algorithm) {
        if (digits < 6 || digits > 8) {
            throw new LocalizedArgumentException(Message.of("access.totp.digits", digits));
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm.jca);
            mac.init(new SecretKeySpec(secret, algorithm.jca));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new LocalizedStateException(Message.of("governance.runtime.missingAlgorithm", algorithm.jca), e);
        }
        int offset = hash[hash.length - 1] & 0x0f; // RFC 4226 dynamic truncation
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        int modulus = (int) Math.pow(10, digits);
        return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
    }

    /** A new random 160-bit secret (RFC 4226 recommends at least 128, SHA-1's block suggests 160). */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** RFC 4648 Base32 without padding, as authenticator apps take it. */
    public static String toBase32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** Decodes Base32 (case-insensitive; spaces and padding ignored). */
    public static byte[] fromBase32(String text) {
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < clean.length(); i++) {
            int v = BASE32.indexOf(clean.charAt(i));
            if (v < 0) {
                throw new LocalizedArgumentException(Message.of("access.totp.notBase32", i + 1));
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
