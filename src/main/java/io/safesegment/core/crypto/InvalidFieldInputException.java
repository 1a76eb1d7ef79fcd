package io.safesegment.core.crypto;

import io.safesegment.core.i18n.Message;

/**
 * A field value cannot be encrypted as asked (a character outside the alphabet, a domain too small for FF1). The
 * message names positions and sizes, never the value itself.
 */
public final class InvalidFieldInputException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message. */
    public InvalidFieldInputException(String message) {
        super(message);
    }

    /** Creates the exception with a message the GUI shows in its language. */
    public InvalidFieldInputException(Message message) {
        super(message);
    }
}
