package io.safesegment.core.subject;

import java.util.Objects;

/**
 * Who a request is about. The value is a personal value: it is used for the search and never stored, logged or
 * audited, and {@link #toString()} hides it.
 *
 * @param key   what the value is
 * @param value the e-mail, phone or id as the person gave it
 */
public record SubjectQuery(SubjectKey key, String value) {
    /** Validates. */
    public SubjectQuery {
        Objects.requireNonNull(key, "key");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A subject request needs the person's " + key.code());
        }
        if (key == SubjectKey.PHONE && value.replaceAll("\\D", "").length() < 6) {
            throw new IllegalArgumentException("A phone number needs at least 6 digits");
        }
    }

    @Override
    public String toString() {
        return "SubjectQuery[" + key.code() + "=…]";
    }
}
