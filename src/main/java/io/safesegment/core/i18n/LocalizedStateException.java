package io.safesegment.core.i18n;

/**
 * A state that forbids the operation, explained by a {@link Message}: still an {@link IllegalStateException} for
 * callers that catch those, with {@link #getMessage()} in English and {@link #message()} for the GUI's language.
 */
public class LocalizedStateException extends IllegalStateException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception; the message must not contain personal values. */
    public LocalizedStateException(Message message) {
        this(message, null);
    }

    /** Creates the exception with the low-level cause (kept for the log only). */
    public LocalizedStateException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
