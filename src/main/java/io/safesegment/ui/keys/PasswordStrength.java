package io.safesegment.ui.keys;

/**
 * A rough hint of how guessable a new master password is: length and character variety only. It is a nudge, not a
 * gate; Argon2id makes each guess expensive, but a short password stays weak.
 */
public enum PasswordStrength {
    /** Empty. */
    NONE,
    /** Shorter than 10 characters, or one kind of character. */
    WEAK,
    /** Usable. */
    FAIR,
    /** At least 14 characters of three kinds, or a passphrase of 20+. */
    STRONG;

    /** Rates {@code password} without copying it into a String. */
    public static PasswordStrength of(CharSequence password) {
        int length = password.length();
        if (length == 0) {
            return NONE;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < length; i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (length >= 20 || (length >= 14 && kinds >= 3)) {
            return STRONG;
        }
        if (length < 10 || kinds < 2) {
            return WEAK;
        }
        return FAIR;
    }
}
