package io.safesegment.core.governance.access;

import io.safesegment.core.i18n.Message;
import java.time.Instant;
import java.util.Objects;

/**
 * A raised alert, as front ends show it (the GUI as a notification, the CLI as a warning on stderr).
 *
 * @param kind     which rule fired
 * @param object   the dataset, file or account name concerned
 * @param message  what happened, in words (names and counts only)
 * @param at       when
 * @param sequence the sequence of the {@code alert} audit entry
 */
public record Alert(AlertKind kind, String object, Message message, Instant at, long sequence) {
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
