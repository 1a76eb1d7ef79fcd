package io.safesegment.core.privacy.detect;

import java.util.regex.Pattern;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * Payment card numbers: 13–19 digits (spaces or dashes allowed), an issuer prefix of a major scheme, and a valid
 * Luhn check digit — a Luhn-invalid 16-digit number is not a card.
 */
public final class CreditCardRecognizer implements ValueRecognizer {
    private static final Pattern SHAPE = Pattern.compile("[0-9][0-9 \\-]{11,22}[0-9]");
    private static final Pattern ISSUER = Pattern.compile("4.*|5[1-5].*|2[2-7].*|3[47].*|3[068].*|6.*|35.*|62.*");

    @Override
    public EntityType entity() {
        return EntityType.CREDIT_CARD;
    }

    @Override
    public boolean matches(String value) {
        if (!SHAPE.matcher(value).matches()) {
            return false;
        }
        String digits = value.replace(" ", "").replace("-", "");
        return digits.length() >= 13 && digits.length() <= 19
                && ISSUER.matcher(digits).matches()
                && LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits);
    }
}
