package io.safesegment.core.crypto;

import io.safesegment.core.i18n.Message;

/** A key exists but may not be used for the requested operation (expired, revoked, wrong purpose or flags). */
public final class UnusableKeyException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message. */
    public UnusableKeyException(Message message) {
        super(message);
    }

    /** Creates the exception with an English-only message. */
    public UnusableKeyException(String message) {
        super(message);
    }
}
