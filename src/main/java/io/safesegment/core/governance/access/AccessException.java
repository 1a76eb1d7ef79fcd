package io.safesegment.core.governance.access;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A sign-in or account change failed (wrong password or code, locked or disabled account, duplicate name, last
 * administrator). Messages never say which of name and password was wrong, and never contain a password or code.
 */
public final class AccessException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the failure with its user-readable message. */
    public AccessException(Message message) {
        this(message, null);
    }

    /** Creates the failure with its user-readable message and a low-level cause (for the log). */
    public AccessException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
