package io.safesegment.core.data;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A table could not be written; the message names the target file and says what to do. The GUI shows it in the UI
 * language; {@link #getMessage()} is the English text.
 */
public class DataExportException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    /** Creates the exception; {@code message} must not contain cell values. */
    public DataExportException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    /** Creates the exception with an English-only text (callers not yet converted to message keys). */
    public DataExportException(String message, Throwable cause) {
        super(message, cause);
        this.message = message == null ? null : Message.literal(message);
    }

    @Override
    public Message message() {
        return message;
    }
}
