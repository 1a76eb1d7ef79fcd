package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A generalisation hierarchy that cannot be used: malformed, inconsistent, or not covering a column's values. The
 * message names the file or column and the line; uncovered values are listed (at most {@value #MAX_LISTED}) because
 * the user has to add exactly those lines to the hierarchy.
 */
public class HierarchyException extends RuntimeException implements LocalizedMessage {
    /** How many uncovered values a message lists at most. */
    public static final int MAX_LISTED = 20;
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception with a user-actionable message. */
    public HierarchyException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language. */
    public HierarchyException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
