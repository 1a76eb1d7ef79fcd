package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/** A policy is invalid or cannot be read or written; the message names the file, column and parameter. */
public class PolicyException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception with a user-actionable message. */
    public PolicyException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message and a cause. */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language. */
    public PolicyException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language, and a cause. */
    public PolicyException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
