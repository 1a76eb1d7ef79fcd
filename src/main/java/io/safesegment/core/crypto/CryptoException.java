package io.safesegment.core.crypto;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * Base of every failure in the crypto package. Messages are written for users (what failed, which file, what to do)
 * and never contain a password, key material or a plaintext value. The GUI shows {@link #message()} in the UI
 * language; {@link #getMessage()} is the English text.
 */
public class CryptoException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception with a user-readable message. */
    public CryptoException(Message message) {
        this(message, null);
    }

    /** Creates the exception with a user-readable message and the low-level cause (kept for the log only). */
    public CryptoException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    /** Creates the exception with an English-only message (callers not yet converted to message keys). */
    public CryptoException(String message) {
        this(message, null);
    }

    /** Creates the exception with an English-only message and the low-level cause (kept for the log only). */
    public CryptoException(String message, Throwable cause) {
        super(message, cause);
        this.message = message == null ? null : Message.literal(message);
    }

    @Override
    public Message message() {
        return message;
    }
}
