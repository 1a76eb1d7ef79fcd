package io.safesegment.core.crypto.vault;

import io.safesegment.core.crypto.CryptoException;

/** The vault file is not a SafeSegment vault, or its clear-text header is damaged. */
public final class VaultFormatException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message. */
    public VaultFormatException(String message) {
        super(message);
    }
}
