package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/** A workspace could not be created, opened or written; the message names the directory or file. */
public class WorkspaceException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception with a user-actionable message. */
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message. */
    public WorkspaceException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language. */
    public WorkspaceException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language, and a cause. */
    public WorkspaceException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
