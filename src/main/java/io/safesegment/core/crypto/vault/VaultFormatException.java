package io.safesegment.core.crypto.vault;

import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.i18n.Message;

/** The vault file is not a SafeSegment vault, or its clear-text header is damaged. */
public final class VaultFormatException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message. */
    public VaultFormatException(Message message) {
        super(message);
    }

    /** Creates the exception with an English-only message. */
    public VaultFormatException(String message) {
        super(message);
    }
}
