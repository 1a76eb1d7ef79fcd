package io.safesegment.core.subject;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
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
            throw new LocalizedArgumentException(Message.of("subject.subjectQuery.needsKey", key.code()));
        }
        if (key == SubjectKey.PHONE && value.replaceAll("\\D", "").length() < 6) {
            throw new LocalizedArgumentException(Message.of("subject.subjectQuery.phoneDigits"));
        }
    }

    @Override
    public String toString() {
        return "SubjectQuery[" + key.code() + "=…]";
    }
}
