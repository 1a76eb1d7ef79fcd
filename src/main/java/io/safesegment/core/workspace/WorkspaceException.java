package io.safesegment.core.workspace;

/** A workspace could not be created, opened or written; the message names the directory or file. */
public class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-actionable message. */
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with a user-actionable message. */
    public WorkspaceException(String message) {
        super(message);
    }
}
