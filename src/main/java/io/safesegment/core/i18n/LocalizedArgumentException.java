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
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
