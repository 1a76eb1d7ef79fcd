package io.safesegment.core.governance;

/**
 * Signs audit checkpoints with the workspace's Ed25519 key. Implemented by {@code core.crypto} over an unlocked vault,
 * so this package needs no import of it.
 */
public interface CheckpointSigner {
    /** The vault key's name and version, e.g. {@code audit-signing v1} (stored with the checkpoint). */
    String keyName();

    /** The Ed25519 public key, X.509 encoded. */
    byte[] publicKeyX509();

    /** The Ed25519 signature over {@code data}. */
    byte[] sign(byte[] data);
}
