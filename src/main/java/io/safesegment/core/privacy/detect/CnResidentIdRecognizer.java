package io.safesegment.core.privacy.detect;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 18-digit resident identity numbers of the People's Republic of China (GB 11643-1999): a six-digit region code, a
 * real birth date, a sequence number and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class CnResidentIdRecognizer implements ValueRecognizer {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    @Override
    public EntityType entity() {
        return EntityType.CN_RESIDENT_ID;
    }

    @Override
    public boolean matches(String value) {
        if (value.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        char last = Character.toUpperCase(value.charAt(17));
        if (!isAsciiDigit(last) && last != 'X') {
            return false;
        }
        return value.charAt(0) != '0' && validBirthDate(value) && checkCharacter(value) == last;
    }

    /** The MOD 11-2 check character for the first 17 digits of {@code id}. */
    public static char checkCharacter(CharSequence id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean validBirthDate(String id) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
