package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueParsers#parseDecimal} with its short-number fast path (decision 0020) gives bit for bit what
 * {@link Double#parseDouble} gives, for both decimal separators, signs, zeros and up to 17 digits.
 */
class DecimalFastPathTest {

    @Test
    void sameBitsAsParseDouble() {
        Random random = new Random(2020);
        for (int c = 0; c < 300_000; c++) {
            int intDigits = random.nextInt(10);
            int fracDigits = random.nextInt(12);
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "-" : "");
            s.append(intDigits == 0 ? "" : String.valueOf(1 + random.nextInt(9)));
            for (int d = 1; d < intDigits; d++) {
                s.append(random.nextInt(10));
            }
            if (fracDigits > 0 || random.nextInt(10) == 0) {
                s.append('.');
            }
            for (int d = 0; d < fracDigits; d++) {
                s.append(random.nextInt(10));
            }
            String text = s.toString();
            if (text.replace("-", "").replace(".", "").isEmpty()) {
                continue;
            }
            assertSame(text);
        }
        for (String text : new String[] {"0", "-0", "0.0", "-0.0", "1.", ".5", "-.5", "0.1", "0.3", "123456789012345",
            "1234567890123456", "12345678.12345678", "9007199254740993", "-3.141593", "0.000000000000001"}) {
            assertSame(text);
        }
        double v = -12.345678;
        assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(
                ValueParsers.parseDecimal(String.format(Locale.ROOT, "%.6f", v).replace('.', ','), ',')));
    }

    private static void assertSame(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(ValueParsers.parseDecimal(text, '.')), text);
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(ValueParsers.parseDecimal(text.replace('.', ','), ',')), text);
    }
}
