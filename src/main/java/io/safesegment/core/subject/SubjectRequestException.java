package io.safesegment.core.subject;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A data subject request was refused (role, unknown request, unknown column); the message names the request id or
 * column, never the person's value.
 */
public class SubjectRequestException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** With a message a user can act on. */
    public SubjectRequestException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /** With a message a user can act on, shown by the GUI in its language. */
    public SubjectRequestException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
