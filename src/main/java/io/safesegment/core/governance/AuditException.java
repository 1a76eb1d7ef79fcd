package io.safesegment.core.governance;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/** The audit trail could not be read or written; the message names the workspace database. */
public final class AuditException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** With the cause. */
    public AuditException(String message, Throwable cause) {
        super(message, cause);
        this.message = message == null ? null : Message.literal(message);
    }

    /** With a message a user can act on, shown by the GUI in its language, and its cause. */
    public AuditException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
