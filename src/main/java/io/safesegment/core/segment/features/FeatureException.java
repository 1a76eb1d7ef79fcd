package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A feature matrix cannot be built from the given data or options; the message says what to change. The GUI shows
 * {@link #message()} in the UI language; {@link #getMessage()} is the English text.
 */
public class FeatureException extends RuntimeException implements LocalizedMessage {
    private final transient Message message;

    /** With a user-facing message. */
    public FeatureException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** With an English-only user-facing message (callers not yet converted to message keys). */
    public FeatureException(String message) {
        super(message);
        this.message = message == null ? null : Message.literal(message);
    }

    /**
     * The same problem as {@code cause} (e.g. an invalid role mapping), keeping its translation when it has one.
     */
    public static FeatureException from(RuntimeException cause) {
        return cause instanceof LocalizedMessage l && l.message() != null ? new FeatureException(l.message())
                : new FeatureException(cause.getMessage());
    }

    @Override
    public Message message() {
        return message;
    }
}
