package io.safesegment.core.data.samples;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Fictitious 18-digit PRC resident identity numbers (GB 11643-1999): 6-digit region code, birth date
 * {@code yyyyMMdd}, 3-digit sequence whose last digit is odd for men and even for women, and an ISO 7064
 * MOD 11-2 check character. Sample data uses them so that recognisers and validators meet the real structure.
 */
public final class ChineseResidentIds {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private ChineseResidentIds() {
    }

    /**
     * The ISO 7064 MOD 11-2 check character for the first 17 digits.
     *
     * @throws IllegalArgumentException when {@code first17} is not exactly 17 ASCII digits
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new LocalizedArgumentException(Message.of("samples.chineseResidentIds.aResidentIdBody", first17.length()));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new LocalizedArgumentException(Message.of("samples.chineseResidentIds.aResidentIdBody2", i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * A new id for someone born on {@code birthDate} in {@code regionCode}.
     *
     * @param male whether the sequence digit marks a man (odd) or a woman (even)
     */
    static String generate(String regionCode, LocalDate birthDate, boolean male, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(18).append(regionCode);
        appendPadded(sb, birthDate.getYear(), 4);
        appendPadded(sb, birthDate.getMonthValue(), 2);
        appendPadded(sb, birthDate.getDayOfMonth(), 2);
        int sequence = random.nextInt(50) * 10 + random.nextInt(5) * 2 + (male ? 1 : 0);
        appendPadded(sb, sequence, 3);
        sb.append(checkCharacter(sb));
        return sb.toString();
    }

    private static void appendPadded(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        sb.repeat('0', width - s.length()).append(s);
    }
}
