package io.safesegment.core.i18n;

/**
 * An invalid argument whose explanation is a {@link Message}: still an {@link IllegalArgumentException} for callers
 * that catch those, with {@link #getMessage()} in English and {@link #message()} for the GUI's language.
 */
public class LocalizedArgumentException extends IllegalArgumentException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception; the message must not contain personal values. */
    public LocalizedArgumentException(Message message) {
        this(message, null);
    }

    /** Creates the exception with the low-level cause (kept for the log only). */
    public LocalizedArgumentException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
