package io.safesegment.core.crypto;

/** A key exists but may not be used for the requested operation (expired, revoked, wrong purpose or flags). */
public final class UnusableKeyException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message. */
    public UnusableKeyException(String message) {
        super(message);
    }
}
