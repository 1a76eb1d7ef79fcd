package io.safesegment.core.governance.access;

import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workspace vault password, kept per account that may use keys, encrypted under that account's own password
 * (AES-256-GCM, key = Argon2id of the account password with a salt of its own). This is how the single vault password
 * of before becomes usable by every Privacy Officer and Administrator without anyone typing it (record 0025); an
 * Analyst's row holds none, so an Analyst cannot open the vault even by calling the vault directly.
 * Stored as {@code base64(salt) $ base64(nonce) $ base64(ciphertext)}.
 */
final class VaultEscrow {
    private static final SecureRandom RANDOM = new SecureRandom();

    private VaultEscrow() {
    }

    static String seal(char[] vaultPassword, char[] accountPassword) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        byte[] key = PasswordHash.derive(accountPassword, salt, 32);
        byte[] plain = utf8(vaultPassword);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            Base64.Encoder b64 = Base64.getEncoder();
            return b64.encodeToString(salt) + "$" + b64.encodeToString(nonce) + "$" + b64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new LocalizedStateException(Message.of("governance.runtime.missingAlgorithm", "AES-GCM"), e);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The vault password sealed in {@code stored}, or null when {@code accountPassword} does not open it. */
    static char[] open(String stored, char[] accountPassword) {
        String[] parts = stored.split("\\$");
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] key = PasswordHash.derive(accountPassword, b64.decode(parts[0]), 32);
        byte[] plain = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(128, b64.decode(parts[1])));
            plain = cipher.doFinal(b64.decode(parts[2]));
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] result = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new LocalizedStateException(Message.of("governance.runtime.missingAlgorithm", "AES-GCM"), e);
        } finally {
            Arrays.fill(key, (byte) 0);
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
