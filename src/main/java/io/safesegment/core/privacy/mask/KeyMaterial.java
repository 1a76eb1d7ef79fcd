package io.safesegment.core.privacy.mask;

/**
 * Where keyed operators get their secret keys. The workspace key vault provides the real implementation; tests and
 * the throw-away demo workspace use {@link #fromSeed(byte[])}.
 *
 * <p>Implementations return a fresh copy each time; callers wipe it after use.
 */
@FunctionalInterface
public interface KeyMaterial {

    /**
     * The secret key bytes for {@code keyName} (e.g. "pseudonym"), at least 32 bytes.
     *
     * @throws MaskingException when no such key exists (the message names the key, never its bytes)
     */
    byte[] secretKey(String keyName);

    /**
     * Keys derived from one seed with HKDF-style HMAC expansion, for tests and demo workspaces only: anyone with the
     * seed can recompute every pseudonym.
     */
    static KeyMaterial fromSeed(byte[] seed) {
        byte[] copy = seed.clone();
        return keyName -> Hmac.sha256(copy, ("safesegment-demo-key:" + keyName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
