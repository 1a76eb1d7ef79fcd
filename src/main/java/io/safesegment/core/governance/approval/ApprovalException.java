package io.safesegment.core.governance.approval;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * An approval action or a governed export was refused: no approval of the policy revision, a decision by a role that
 * may not decide, an unknown or already decided request. The message names the policy revision or request id and
 * what to do; it never holds personal values.
 */
public class ApprovalException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** With a message a user can act on. */
    public ApprovalException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /** With a message a user can act on, shown by the GUI in its language. */
    public ApprovalException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
