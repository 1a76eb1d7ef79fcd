package io.safesegment.core.crypto;

import io.safesegment.core.i18n.Message;

/**
 * Ciphertext failed authentication: it was truncated, reordered, corrupted or edited. No partial plaintext is ever
 * released when this is thrown.
 */
public final class TamperedDataException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message naming the file and position. */
    public TamperedDataException(String message) {
        super(message);
    }

    /** Creates the exception with a user-readable message and the low-level cause. */
    public TamperedDataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with a message the GUI shows in its language. */
    public TamperedDataException(Message message) {
        super(message);
    }

    /** Creates the exception with a message the GUI shows in its language, and the low-level cause. */
    public TamperedDataException(Message message, Throwable cause) {
        super(message, cause);
    }
}
