package io.safesegment.core.subject;

/**
 * A data subject request was refused (role, unknown request, unknown column); the message names the request id or
 * column, never the person's value.
 */
public class SubjectRequestException extends RuntimeException {
    /** With a message a user can act on. */
    public SubjectRequestException(String message) {
        super(message);
    }
}
