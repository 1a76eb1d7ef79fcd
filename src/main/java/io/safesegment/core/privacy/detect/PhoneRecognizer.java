package io.safesegment.core.privacy.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers: any valid E.164 number (leading {@code +}), and national formats of the US, the UK and China
 * (mobile), validated with Google's libphonenumber metadata rather than a home-made pattern.
 */
public final class PhoneRecognizer implements ValueRecognizer {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> NATIONAL_REGIONS = List.of("US", "GB", "CN");
    /** Cheap pre-filter so that libphonenumber only sees strings made of phone characters. */
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ()./\\-]{7,24}");

    @Override
    public EntityType entity() {
        return EntityType.PHONE;
    }

    @Override
    public boolean matches(String value) {
        if (!PHONE_CHARS.matcher(value).matches()) {
            return false;
        }
        if (value.startsWith("+")) {
            return valid(value, "ZZ");
        }
        // National formats need a separator or the typical length: a bare 8-digit number is too ambiguous.
        for (String region : NATIONAL_REGIONS) {
            if (valid(value, region)) {
                return true;
            }
        }
        return false;
    }

    private static boolean valid(String value, String region) {
        try {
            return UTIL.isValidNumber(UTIL.parse(value, region));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
