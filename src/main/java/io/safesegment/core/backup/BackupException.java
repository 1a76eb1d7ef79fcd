package io.safesegment.core.backup;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A backup could not be made or restored; the message names the file and what failed (a listed file whose digest
 * differs, a missing database, an entry name pointing outside the workspace). A restore that throws has changed
 * nothing.
 */
public class BackupException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** With a message a user can act on. */
    public BackupException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /** With a message a user can act on and its cause. */
    public BackupException(String message, Throwable cause) {
        super(message, cause);
        this.message = message == null ? null : Message.literal(message);
    }

    /** With a message a user can act on, shown by the GUI in its language. */
    public BackupException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** With a message a user can act on, shown by the GUI in its language, and its cause. */
    public BackupException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
