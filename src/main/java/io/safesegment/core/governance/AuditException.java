package io.safesegment.core.governance;

/** The audit trail could not be read or written; the message names the workspace database. */
public final class AuditException extends RuntimeException {
    /** With the cause. */
    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
