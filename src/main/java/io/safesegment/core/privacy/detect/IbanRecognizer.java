package io.safesegment.core.privacy.detect;

import java.util.Locale;
import org.apache.commons.validator.routines.IBANValidator;

/** International bank account numbers: country format and length plus the ISO 7064 mod-97 check. */
public final class IbanRecognizer implements ValueRecognizer {
    @Override
    public EntityType entity() {
        return EntityType.IBAN;
    }

    @Override
    public boolean matches(String value) {
        if (value.length() < 15 || value.length() > 42 || !Character.isLetter(value.charAt(0))) {
            return false;
        }
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        return IBANValidator.getInstance().isValid(compact);
    }
}
