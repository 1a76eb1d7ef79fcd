package io.safesegment.core.privacy.policy;

/** A policy is invalid or cannot be read or written; the message names the file, column and parameter. */
public class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-actionable message. */
    public PolicyException(String message) {
        super(message);
    }

    /** Creates the exception with a user-actionable message and a cause. */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
