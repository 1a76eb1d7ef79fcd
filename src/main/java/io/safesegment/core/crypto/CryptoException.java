package io.safesegment.core.crypto;

/**
 * Base of every failure in the crypto package. Messages are written for users (what failed, which file, what to do)
 * and never contain a password, key material or a plaintext value.
 */
public class CryptoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-readable message. */
    public CryptoException(String message) {
        super(message);
    }

    /** Creates the exception with a user-readable message and the low-level cause (kept for the log only). */
    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
