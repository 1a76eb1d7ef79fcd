package io.safesegment.core.crypto;

import io.safesegment.core.i18n.Message;

/**
 * The password (or key) did not open the vault or file. Deliberately says nothing else: whether a vault exists with
 * other keys, which byte failed or how close the guess was are not revealed.
 */
public final class WrongPasswordException extends CryptoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; {@code what} names the file the user tried to open. */
    public WrongPasswordException(String what) {
        this(Message.literal(what));
    }

    /** Creates the exception; {@code what} names the file the user tried to open, translated where needed. */
    public WrongPasswordException(Message what) {
        super(Message.of("crypto.error.wrongPassword", what));
    }
}
