package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A value model cannot be fitted or scored on the given data or options (too few repeat buyers, a spend pattern that
 * invalidates Gamma-Gamma, a target column that is not two-valued, ...); the message says what to change and never
 * contains a customer's values.
 */
public class ValueException extends RuntimeException implements LocalizedMessage {
    private final transient Message message;

    /** With a user-facing message. */
    public ValueException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
