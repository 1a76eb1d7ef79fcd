package io.safesegment.core.privacy.mask;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.i18n.Message;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Where keyed operators get their secret keys. The workspace key vault provides the real implementation
 * ({@link VaultKeyMaterial}); tests and the throw-away demo workspace use {@link #fromSeed(byte[])}.
 *
 * <p>Implementations return a fresh copy each time; callers wipe it after use.
 */
@FunctionalInterface
public interface KeyMaterial {

    /**
     * The secret key bytes for {@code keyName} (e.g. "pseudonym"), which must have been made for {@code purpose}.
     *
     * @throws MaskingException when no such key exists or it has another purpose (the message names the key, never
     *                          its bytes)
     */
    byte[] secretKey(String keyName, KeyPurpose purpose);

    /**
     * Keys derived from one seed with HKDF-SHA-256 (BouncyCastle), for tests and demo workspaces only: anyone with
     * the seed can recompute every pseudonym.
     */
    static KeyMaterial fromSeed(byte[] seed) {
        byte[] copy = seed.clone();
        return (keyName, purpose) -> {
            int length = purpose.symmetricKeyBytes();
            if (length == 0) {
                throw new MaskingException(Message.of("mask.keyMaterial.key", keyName, purpose));
            }
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(copy, null,
                    ("safesegment-demo-key:" + purpose + ":" + keyName).getBytes(StandardCharsets.UTF_8)));
            byte[] key = new byte[length];
            hkdf.generateBytes(key, 0, length);
            return key;
        };
    }
}
