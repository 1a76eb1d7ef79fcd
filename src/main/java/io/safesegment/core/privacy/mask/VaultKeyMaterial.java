package io.safesegment.core.privacy.mask;

import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.vault.KeyVault;

/**
 * Masking keys from an unlocked workspace {@link KeyVault}: the current version of the named key, which must have
 * the purpose the operator asks for (an FF1 key is never used as an HMAC key).
 */
public final class VaultKeyMaterial implements KeyMaterial {
    private final KeyVault vault;

    /** @param vault an unlocked vault; the caller keeps ownership and closes it */
    public VaultKeyMaterial(KeyVault vault) {
        this.vault = vault;
    }

    @Override
    public byte[] secretKey(String keyName, KeyPurpose purpose) {
        try {
            VaultKey key = vault.current(keyName).requirePurpose(purpose);
            try {
                return key.material().clone();
            } finally {
                key.wipe();
            }
        } catch (CryptoException e) {
            throw new MaskingException(e.getMessage(), e);
        }
    }
}
