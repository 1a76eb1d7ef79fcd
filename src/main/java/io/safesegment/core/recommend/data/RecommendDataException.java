package io.safesegment.core.recommend.data;

/** A problem in a recommendation input file; the message names the file, line and column and what to do. */
public final class RecommendDataException extends RuntimeException {
    public RecommendDataException(String message) {
        super(message);
    }

    public RecommendDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
