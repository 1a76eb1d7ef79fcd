package io.safesegment.core.crypto;

import java.time.Instant;

/**
 * What may be shown about one version of a vault key: everything except the key material.
 *
 * @param name        the key's name, unique in the vault
 * @param purpose     what the key may be used for
 * @param version     1 for the first key, +1 per rotation
 * @param created     when this version was created
 * @param retired     true once a newer version exists; retired versions only decrypt
 * @param fingerprint SHA-256 prefix of the public part (asymmetric keys) or of a key check value, for display
 */
public record KeyInfo(String name, KeyPurpose purpose, int version, Instant created, boolean retired,
                      String fingerprint) {
}
