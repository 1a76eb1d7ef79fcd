package io.safesegment.core.data;

/** A table could not be written; the message names the target file and says what to do. */
public class DataExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code message} must not contain cell values. */
    public DataExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
