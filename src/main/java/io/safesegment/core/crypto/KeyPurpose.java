package io.safesegment.core.crypto;

/** What a vault key may be used for; a key is only ever handed to services of its own purpose. */
public enum KeyPurpose {
    /** 32-byte HMAC-SHA-256 key for keyed pseudonyms. */
    PSEUDONYM_HMAC(32),
    /** 64-byte AES-SIV key (two AES-256 halves) for deterministic field encryption. */
    DETERMINISTIC_AEAD(64),
    /** 32-byte AES-256 key for FF1 format-preserving encryption. */
    FF1(32),
    /** 32-byte AES-256 key for files at rest and randomised field encryption. */
    FILE(32),
    /** Ed25519 key pair for signing export manifests (material PKCS#8, public X.509). */
    SIGNING_ED25519(0),
    /** OpenPGP v4 key (Ed25519 sign + X25519 encrypt) for exchanging files with GnuPG users. */
    OPENPGP(0);

    private final int symmetricKeyBytes;

    KeyPurpose(int symmetricKeyBytes) {
        this.symmetricKeyBytes = symmetricKeyBytes;
    }

    /** Length of a random symmetric key for this purpose, or 0 when the key is an asymmetric key pair. */
    public int symmetricKeyBytes() {
        return symmetricKeyBytes;
    }
}
