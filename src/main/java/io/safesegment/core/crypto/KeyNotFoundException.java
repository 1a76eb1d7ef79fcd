package io.safesegment.core.crypto;

import io.safesegment.core.i18n.Message;

/** A named key (or a version of it) is not in the vault. */
public final class KeyNotFoundException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message. */
    public KeyNotFoundException(Message message) {
        super(message);
    }

    /** Creates the exception with an English-only message. */
    public KeyNotFoundException(String message) {
        super(message);
    }
}
