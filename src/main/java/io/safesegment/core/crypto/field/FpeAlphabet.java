package io.safesegment.core.crypto.field;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * The characters a format-preserving cipher works over; the radix is the alphabet size.
 *
 * @param name       short name for messages and policies
 * @param characters the alphabet, in numeral order (index = digit value)
 */
public record FpeAlphabet(String name, String characters) {
    /** Decimal digits, radix 10. */
    public static final FpeAlphabet DIGITS = new FpeAlphabet("DIGITS", "0123456789");
    /** Digits and lower-case letters, radix 36 (the alphabet of the NIST FF1 samples). */
    public static final FpeAlphabet LOWER_ALPHANUMERIC =
            new FpeAlphabet("LOWER_ALPHANUMERIC", "0123456789abcdefghijklmnopqrstuvwxyz");
    /** Digits, upper- and lower-case letters, radix 62. */
    public static final FpeAlphabet ALPHANUMERIC = new FpeAlphabet("ALPHANUMERIC",
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /** Checks the alphabet has 2..256 distinct characters. */
    public FpeAlphabet {
        if (name == null || characters == null || characters.length() < 2 || characters.length() > 256) {
            throw new LocalizedArgumentException(Message.of("field.fpeAlphabet.anFpeAlphabetNeeds"));
        }
        if (characters.chars().distinct().count() != characters.length()) {
            throw new LocalizedArgumentException(Message.of("field.fpeAlphabet.fpeAlphabet", name));
        }
    }

    /** The radix (number of characters). */
    public int radix() {
        return characters.length();
    }
}
