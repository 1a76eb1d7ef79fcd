package io.safesegment.core.crypto;

import io.safesegment.core.i18n.Message;
import java.util.Objects;

/**
 * One version of a key taken out of the vault, holding a private copy of the material. Call {@link #wipe()} when
 * done; {@link #toString()} never prints the material.
 *
 * @param info           the displayable facts about the key
 * @param material       secret bytes: the symmetric key, PKCS#8 private key or OpenPGP secret key ring
 * @param publicMaterial public bytes for asymmetric keys (X.509 or OpenPGP public key ring), empty otherwise
 */
public record VaultKey(KeyInfo info, byte[] material, byte[] publicMaterial) {

    /** Checks the fields are present. */
    public VaultKey {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(material, "material");
        publicMaterial = publicMaterial == null ? new byte[0] : publicMaterial;
    }

    /** Throws unless this key was made for {@code purpose}: keys are never reused across algorithms. */
    public VaultKey requirePurpose(KeyPurpose purpose) {
        if (info.purpose() != purpose) {
            throw new UnusableKeyException(Message.of("vault.error.purpose", info.name(),
                    String.valueOf(info.purpose()), String.valueOf(purpose)));
        }
        return this;
    }

    /** Zeroes the secret material. */
    public void wipe() {
        Secrets.wipe(material);
    }

    @Override
    public String toString() {
        return "VaultKey[" + info + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VaultKey other && other.info.equals(info);
    }

    @Override
    public int hashCode() {
        return info.hashCode();
    }
}
