package io.safesegment.core.recommend.data;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/** A problem in a recommendation input file; the message names the file, line and column and what to do. */
public final class RecommendDataException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;
    public RecommendDataException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    public RecommendDataException(String message, Throwable cause) {
        super(message, cause);
        this.message = message == null ? null : Message.literal(message);
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language. */
    public RecommendDataException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** Creates the exception with a user-actionable message the GUI shows in its language, and a cause. */
    public RecommendDataException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
