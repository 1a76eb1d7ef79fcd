package io.safesegment.ui.keys;

/**
 * How guessable a new master password is, in four steps a meter can show. The estimate is zxcvbn's (see
 * {@link PasswordRating}): it knows common passwords, words, names, keyboard walks, sequences, repeats and dates, which
 * length-and-variety rules do not ("Passw0rd!" has four kinds of characters and is still among the first guesses).
 */
public enum PasswordStrength {
    /** Empty. */
    NONE,
    /** zxcvbn score 0–1: fewer than about a million guesses. Refused unless the user confirms it explicitly. */
    WEAK,
    /** zxcvbn score 2: fewer than about 10^8 guesses; Argon2id makes each one slow, but a longer phrase is better. */
    FAIR,
    /** zxcvbn score 3–4. */
    STRONG;

    /** Rates {@code password} without copying it into a String. */
    public static PasswordStrength of(CharSequence password) {
        return PasswordRating.of(password).strength();
    }

    /** The meter's fill for this level, from 0 (empty) to 1. */
    public double fill() {
        return switch (this) {
            case NONE -> 0;
            case WEAK -> 0.25;
            case FAIR -> 0.6;
            case STRONG -> 1;
        };
    }
}
