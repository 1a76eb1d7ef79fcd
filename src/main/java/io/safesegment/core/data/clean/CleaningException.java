package io.safesegment.core.data.clean;

/** A cleaning step cannot be applied (unknown column, wrong type); the message says which and why. */
public class CleaningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public CleaningException(String message) {
        super(message);
    }
}
