package io.safesegment.core.privacy.detect;

import java.util.regex.Pattern;

/**
 * Postal codes: US ZIP and ZIP+4, UK postcodes and six-digit Chinese codes. Five and six digit numbers are common
 * in non-personal columns too, so a value match is weak evidence unless the column name agrees.
 */
public final class PostcodeRecognizer implements ValueRecognizer {
    private static final Pattern POSTCODE = Pattern.compile(
            "\\d{5}(-\\d{4})?|[1-9]\\d{5}|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}");

    @Override
    public EntityType entity() {
        return EntityType.POSTCODE;
    }

    @Override
    public double specificity() {
        return 0.35;
    }

    @Override
    public boolean matches(String value) {
        return POSTCODE.matcher(value).matches();
    }
}
