package io.safesegment.core.i18n;

/**
 * A refusal for lack of a role, explained by a {@link Message}: still a {@link SecurityException} for callers that
 * catch those, with {@link #getMessage()} in English and {@link #message()} for the GUI's language.
 */
public class LocalizedSecurityException extends SecurityException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception; the message must not contain personal values. */
    public LocalizedSecurityException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
