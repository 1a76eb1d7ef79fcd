package io.safesegment.core.privacy.mask;

/**
 * A masking rule is invalid or cannot be applied. Messages name the column, operator and parameter, and never
 * contain a data value or key material.
 */
public class MaskingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-actionable message. */
    public MaskingException(String message) {
        super(message);
    }

    /** Creates the exception with a user-actionable message and a cause. */
    public MaskingException(String message, Throwable cause) {
        super(message, cause);
    }
}
