package io.safesegment.core.i18n;

import java.io.IOException;

/**
 * A file problem explained by a {@link Message}: still an {@link IOException} for callers that catch those (and for
 * methods that declare it), with {@link #getMessage()} in English and {@link #message()} for the GUI's language.
 */
public class LocalizedIOException extends IOException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception; the message must not contain personal values. */
    public LocalizedIOException(Message message) {
        this(message, null);
    }

    /** Creates the exception with the low-level cause (kept for the log only). */
    public LocalizedIOException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
