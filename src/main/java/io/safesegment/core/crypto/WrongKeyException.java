package io.safesegment.core.crypto;

import io.safesegment.core.i18n.Message;

/** The file or value was encrypted under a different key than the one supplied. */
public final class WrongKeyException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message. */
    public WrongKeyException(String message) {
        super(message);
    }

    /** Creates the exception with a message the GUI shows in its language. */
    public WrongKeyException(Message message) {
        super(message);
    }
}
