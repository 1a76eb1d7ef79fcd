package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The char-array mask (decision 0020) gives exactly the output of the original code-point-stream version, on seeded
 * random values mixing ASCII, Han characters, emoji (surrogate pairs), lone surrogates, separators and {@code @}.
 */
class CharacterMaskReferenceTest {
    private static final String[] PIECES = {"a", "Z", "7", "张", "😀", "-", " ", "+", "@", ".", "*", "\uD800", "é"};

    @Test
    void sameOutputAsTheCodePointReference() {
        Random random = new Random(20);
        String[] masks = {"*", "#", "😀"};
        for (int rule = 0; rule < 60; rule++) {
            int keepFirst = random.nextInt(4);
            int keepLast = random.nextInt(4);
            String maskChar = masks[random.nextInt(masks.length)];
            boolean lettersAndDigits = random.nextBoolean();
            boolean keepDomain = random.nextBoolean();
            var op = new CharacterMaskOperator(keepFirst, keepLast, maskChar, lettersAndDigits, keepDomain);
            for (int v = 0; v < 500; v++) {
                StringBuilder value = new StringBuilder();
                int length = 1 + random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    value.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String s = value.toString();
                assertEquals(reference(s, keepFirst, keepLast, maskChar.codePointAt(0), lettersAndDigits, keepDomain),
                        op.mask(s), "rule " + rule + " value " + v);
            }
        }
    }

    /** The implementation before decision 0020, kept as the specification. */
    private static String reference(String value, int keepFirst, int keepLast, int maskCodePoint,
                                    boolean lettersAndDigitsOnly, boolean keepEmailDomain) {
        int at = keepEmailDomain ? value.lastIndexOf('@') : -1;
        String local = at > 0 ? value.substring(0, at) : value;
        String domain = at > 0 ? value.substring(at) : "";
        int[] cps = local.codePoints().toArray();
        int maskable = 0;
        for (int cp : cps) {
            if (!lettersAndDigitsOnly || Character.isLetterOrDigit(cp)) {
                maskable++;
            }
        }
        int first = keepFirst;
        int last = keepLast;
        if (first + last >= maskable) {
            first = 0;
            last = 0;
        }
        StringBuilder out = new StringBuilder(value.length());
        int index = 0;
        for (int cp : cps) {
            if (!lettersAndDigitsOnly || Character.isLetterOrDigit(cp)) {
                boolean keep = index < first || index >= maskable - last;
                out.appendCodePoint(keep ? cp : maskCodePoint);
                index++;
            } else {
                out.appendCodePoint(cp);
            }
        }
        String result = out.append(domain).toString();
        return result.equals(value) ? Character.toString(maskCodePoint) + result : result;
    }
}
