package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A masking rule is invalid or cannot be applied. Messages name the column, operator and parameter, and never
 * contain a data value or key material.
 */
public class MaskingException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception with a user-actionable message. */
    public MaskingException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message and a cause. */
    public MaskingException(String message, Throwable cause) {
        super(message, cause);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language. */
    public MaskingException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language, and a cause. */
    public MaskingException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
