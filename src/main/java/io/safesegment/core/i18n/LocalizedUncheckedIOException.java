package io.safesegment.core.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A file problem explained by a {@link Message} where no checked exception may pass: still an
 * {@link UncheckedIOException} for callers that catch those, with {@link #getMessage()} in English and
 * {@link #message()} for the GUI's language.
 */
public class LocalizedUncheckedIOException extends UncheckedIOException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception around the low-level cause; the message must not contain personal values. */
    public LocalizedUncheckedIOException(Message message, IOException cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
