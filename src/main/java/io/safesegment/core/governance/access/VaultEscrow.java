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
 * The workspace vault password, kept per account that may use keys (record 0025): this is how the single vault
 * password of before becomes usable by every Privacy Officer and Administrator without anyone typing it; an Analyst's
 * row holds none, so an Analyst cannot open the vault even by calling the vault directly.
 *
 * <p>Since record 0034 the copy is sealed to the account's <em>escrow public key</em> with HPKE (RFC 9180, base mode,
 * DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM; BouncyCastle), stored as {@code hpke$base64(enc)$base64(ct)};
 * the matching private key is kept sealed under the account key ({@link AccountSecrets}). So whoever changes the vault
 * password can re-seal every account's copy without knowing their passwords. The first form, sealed under the account
 * password directly ({@code base64(salt)$base64(nonce)$base64(ct)}, {@link #openLegacy}), is migrated at the account's
 * next sign-in.
 */
final class VaultEscrow {
    private static final SecureRandom RANDOM = new SecureRandom();

    private VaultEscrow() {
    }

    private static final String HPKE_PREFIX = "hpke$";
    private static final byte[] INFO = "safesegment vault escrow v1".getBytes(StandardCharsets.UTF_8);

    /** A new escrow key pair: {@code [public, private]} in HPKE's serialised form (the caller wipes the private). */
    static byte[][] newKeyPair() {
        org.bouncycastle.crypto.AsymmetricCipherKeyPair pair = hpke().generatePrivateKey();
        return new byte[][] {hpke().serializePublicKey(pair.getPublic()), hpke().serializePrivateKey(pair.getPrivate())};
    }

    /** Whether {@code stored} is sealed to an escrow public key (else it is the legacy form). */
    static boolean sealedToKey(String stored) {
        return stored != null && stored.startsWith(HPKE_PREFIX);
    }

    /** Seals {@code vaultPassword} to the account's escrow public key; no password of the account is needed. */
    static String sealTo(byte[] publicKey, char[] vaultPassword, String account) {
        byte[] plain = utf8(vaultPassword);
        try {
            byte[][] sealed = hpke().seal(hpke().deserializePublicKey(publicKey), INFO, aad(account), plain, null,
                    null, null);
            Base64.Encoder b64 = Base64.getEncoder();
            return HPKE_PREFIX + b64.encodeToString(sealed[1]) + "$" + b64.encodeToString(sealed[0]);
        } catch (org.bouncycastle.crypto.InvalidCipherTextException e) {
            throw new IllegalStateException("HPKE sealing failed", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The vault password sealed in {@code stored} to the key pair, or null when it was sealed to another key. */
    static char[] openWith(byte[] publicKey, byte[] privateKey, String stored, String account) {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !sealedToKey(stored)) {
            return null;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] plain = null;
        try {
            plain = hpke().open(b64.decode(parts[1]), hpke().deserializePrivateKey(privateKey, publicKey), INFO,
                    aad(account), b64.decode(parts[2]), null, null, null);
            return chars(plain);
        } catch (org.bouncycastle.crypto.InvalidCipherTextException e) {
            return null;
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static org.bouncycastle.crypto.hpke.HPKE hpke() {
        return new org.bouncycastle.crypto.hpke.HPKE(org.bouncycastle.crypto.hpke.HPKE.mode_base,
                org.bouncycastle.crypto.hpke.HPKE.kem_X25519_SHA256, org.bouncycastle.crypto.hpke.HPKE.kdf_HKDF_SHA256,
                org.bouncycastle.crypto.hpke.HPKE.aead_AES_GCM256);
    }

    private static byte[] aad(String account) {
        return ("safesegment/vault-escrow/" + account.toLowerCase(java.util.Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static char[] chars(byte[] plain) {
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
        char[] result = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        return result;
    }

    /** The legacy form (record 0025): sealed under the account password itself. Kept for tests of the migration. */
    static String sealLegacy(char[] vaultPassword, char[] accountPassword) {
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

    /** The vault password in the legacy form {@code stored}, or null when {@code accountPassword} does not open it. */
    static char[] openLegacy(String stored, char[] accountPassword) {
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
