package io.safesegment.core.data.clean;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/** A cleaning step cannot be applied (unknown column, wrong type); the message says which and why. */
public class CleaningException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception. */
    public CleaningException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language. */
    public CleaningException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
