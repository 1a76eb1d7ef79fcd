package io.safesegment.core.privacy.detect;

import java.util.regex.Pattern;

/**
 * Passport-like document numbers: one or two capital letters followed by 6–8 digits (the shape used by China's
 * E/G-series, many EU and Commonwealth passports). Many codes share this shape, so a match alone is weak evidence
 * and counts fully only together with a column name that says "passport".
 */
public final class PassportRecognizer implements ValueRecognizer {
    private static final Pattern PASSPORT = Pattern.compile("[A-Z]{1,2}[0-9]{6,8}");

    @Override
    public EntityType entity() {
        return EntityType.PASSPORT;
    }

    @Override
    public double specificity() {
        return 0.4;
    }

    @Override
    public boolean matches(String value) {
        return PASSPORT.matcher(value).matches();
    }
}
