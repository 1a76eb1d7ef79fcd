package io.safesegment.core.segment.features;

/** A feature matrix cannot be built from the given data or options; the message says what to change. */
public class FeatureException extends RuntimeException {
    /** With a user-facing message. */
    public FeatureException(String message) {
        super(message);
    }
}
