package io.safesegment.ui.keys;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * A zxcvbn estimate of a password: its {@link PasswordStrength} and, when it is weak, the main reason in words the UI
 * translates. The password is never turned into a String nor changed; the copy zxcvbn reads is wiped afterwards.
 *
 * @param strength the level shown on the meter
 * @param score    zxcvbn's score, 0 (too guessable) … 4 (very unguessable); -1 for an empty password
 * @param reason   why a weak or fair password is guessable, if zxcvbn found a pattern
 */
public record PasswordRating(PasswordStrength strength, int score, Optional<Reason> reason) {
    /** The pattern that makes a password guessable. */
    public enum Reason {
        /** One of the most common passwords, or close to one. */
        COMMON_PASSWORD,
        /** A dictionary word or a name. */
        WORD,
        /** Repeated characters or blocks ("aaaa", "abcabc"). */
        REPEAT,
        /** A sequence such as "abc" or "6543". */
        SEQUENCE,
        /** Adjacent keys such as "qwerty" or "zxcvbn". */
        KEYBOARD,
        /** A date or a recent year. */
        DATE,
        /** Too short to resist trying every combination. */
        SHORT
    }

    /** Beyond this many characters zxcvbn only gets slower; the first 100 decide the rating. */
    private static final int MEASURED_LENGTH = 100;

    /** Validates the score range. */
    public PasswordRating {
        if (score < -1 || score > 4) {
            throw new IllegalArgumentException("zxcvbn scores are 0..4, got " + score);
        }
    }

    /** Rates {@code password}; fast enough to run on every keystroke. */
    public static PasswordRating of(CharSequence password) {
        if (password.length() == 0) {
            return new PasswordRating(PasswordStrength.NONE, -1, Optional.empty());
        }
        // zxcvbn's wipe() zeroes a CharBuffer or StringBuilder it was given, which would destroy the caller's
        // password (or a password field's content): it measures a private copy that is zeroed afterwards instead.
        char[] copy = new char[Math.min(password.length(), MEASURED_LENGTH)];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = password.charAt(i);
        }
        Strength estimate = Estimator.ZXCVBN.measure(CharBuffer.wrap(copy));
        try {
            int score = estimate.getScore();
            PasswordStrength strength = score <= 1 ? PasswordStrength.WEAK
                    : score == 2 ? PasswordStrength.FAIR : PasswordStrength.STRONG;
            Optional<Reason> reason = strength == PasswordStrength.STRONG ? Optional.empty()
                    : Optional.of(reasonOf(estimate));
            return new PasswordRating(strength, score, reason);
        } finally {
            estimate.wipe();
            Arrays.fill(copy, '\0');
        }
    }

    /** Whether the password must be refused unless the user confirms it. */
    public boolean weak() {
        return strength == PasswordStrength.WEAK;
    }

    private static Reason reasonOf(Strength estimate) {
        // The first guessable (non brute-force) part explains the low score best; zxcvbn lists parts in order.
        for (Match match : estimate.getSequence()) {
            Reason reason = reasonOf(match);
            if (reason != null) {
                return reason;
            }
        }
        return Reason.SHORT;
    }

    private static Reason reasonOf(Match match) {
        Pattern pattern = match.pattern;
        return switch (pattern) {
            case Dictionary -> "passwords".equals(match.dictionaryName) ? Reason.COMMON_PASSWORD : Reason.WORD;
            case Repeat -> Reason.REPEAT;
            case Sequence -> Reason.SEQUENCE;
            case Spatial -> Reason.KEYBOARD;
            case Date, Regex -> Reason.DATE;
            default -> null;
        };
    }

    /** zxcvbn loads its dictionaries once (a few MB); the estimator is stateless afterwards. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
