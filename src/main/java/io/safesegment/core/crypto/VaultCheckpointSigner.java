package io.safesegment.core.crypto;

import io.safesegment.core.crypto.sign.Ed25519Keys;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.CheckpointSigner;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Signs audit checkpoints with the workspace vault's Ed25519 key. The key material is taken out of the vault for
 * each signature and wiped right after, so holding a signer keeps no secret in memory.
 */
public final class VaultCheckpointSigner implements CheckpointSigner {
    /** The key created by {@link #ensure} when the vault has no signing key yet. */
    public static final String KEY_NAME = "audit-signing";

    private final KeyVault vault;
    private final KeyInfo key;
    private final byte[] publicKey;

    private VaultCheckpointSigner(KeyVault vault, KeyInfo key) {
        this.vault = vault;
        this.key = key;
        VaultKey current = vault.current(key.name());
        try {
            this.publicKey = current.publicMaterial().clone();
        } finally {
            current.wipe();
        }
    }

    /** A signer over the vault's newest Ed25519 key, if it has one (automatic checkpoints never create a key). */
    public static Optional<CheckpointSigner> existing(KeyVault vault) {
        return vault.newestOf(KeyPurpose.SIGNING_ED25519).map(k -> new VaultCheckpointSigner(vault, k));
    }

    /** A signer over the vault's newest Ed25519 key, creating {@value #KEY_NAME} when there is none. */
    public static CheckpointSigner ensure(KeyVault vault) throws IOException {
        Optional<CheckpointSigner> existing = existing(vault);
        if (existing.isPresent()) {
            return existing.get();
        }
        return new VaultCheckpointSigner(vault, vault.ensure(KEY_NAME, KeyPurpose.SIGNING_ED25519).key());
    }

    /** The public keys of the vault's Ed25519 keys (all versions): the keys a checkpoint may be signed by. */
    public static List<byte[]> trustedKeys(KeyVault vault) {
        return vault.list().stream().filter(k -> k.purpose() == KeyPurpose.SIGNING_ED25519).map(k -> {
            VaultKey v = vault.version(k.name(), k.version());
            try {
                return v.publicMaterial().clone();
            } finally {
                v.wipe();
            }
        }).toList();
    }

    @Override
    public String keyName() {
        return key.name() + " v" + key.version();
    }

    @Override
    public byte[] publicKeyX509() {
        return publicKey.clone();
    }

    @Override
    public byte[] sign(byte[] data) {
        VaultKey current = vault.version(key.name(), key.version());
        try {
            return Ed25519Keys.sign(current, data);
        } finally {
            current.wipe();
        }
    }
}
