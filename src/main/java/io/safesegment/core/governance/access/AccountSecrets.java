package io.safesegment.core.governance.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets an account keeps at rest in {@code workspace.db} (its TOTP secret, its escrow private key), encrypted with
 * AES-256-GCM under the <em>account key</em>: Argon2id of the account's password with the account's own salt (column
 * {@code key_salt}; record 0034). Sign-in needs the password before the TOTP code anyway, so the key is derived right
 * after the password checked out, and nobody who reads the database without the password can read a secret. The
 * additional authenticated data binds each value to its purpose and its account, so a sealed value copied into
 * another row or column does not open. Stored as {@code v2$base64(nonce)$base64(ciphertext)}.
 */
final class AccountSecrets {
    /** Prefix of a sealed value; a legacy TOTP secret is bare Base32 and never contains '$'. */
    static final String PREFIX = "v2$";
    static final String TOTP = "totp";
    static final String ESCROW_KEY = "escrow-private-key";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountSecrets() {
    }

    /** A fresh salt for an account key. */
    static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The account key of {@code password} (the caller wipes it). */
    static byte[] key(char[] password, byte[] salt) {
        return PasswordHash.derive(password, salt, KEY_BYTES);
    }

    /** Whether {@code stored} is sealed (as opposed to a legacy clear value). */
    static boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    static String seal(byte[] key, byte[] plain, String purpose, String account) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(purpose, account));
            Base64.Encoder b64 = Base64.getEncoder();
            return PREFIX + b64.encodeToString(nonce) + "$" + b64.encodeToString(cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    /**
     * The plain bytes sealed in {@code stored} (the caller wipes them), or null when {@code key} is not the key they
     * were sealed with (another password), or they belong to another purpose or account.
     */
    static byte[] open(byte[] key, String stored, String purpose, String account) {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !sealed(stored)) {
            return null;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(128, b64.decode(parts[1])));
            cipher.updateAAD(aad(purpose, account));
            return cipher.doFinal(b64.decode(parts[2]));
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] aad(String purpose, String account) {
        // names ignore case (the accounts table is NOCASE), so the binding does too
        return ("safesegment/" + purpose + "/v2/" + account.toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8);
    }
}
