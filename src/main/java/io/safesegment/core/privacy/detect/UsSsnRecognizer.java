package io.safesegment.core.privacy.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers in the usual {@code AAA-GG-SSSS} form, with the SSA's structural rules: the area is
 * not 000, 666 or 900–999, the group is not 00 and the serial is not 0000.
 */
public final class UsSsnRecognizer implements ValueRecognizer {
    private static final Pattern SSN = Pattern.compile("(\\d{3})[- ](\\d{2})[- ](\\d{4})");

    @Override
    public EntityType entity() {
        return EntityType.US_SSN;
    }

    @Override
    public boolean matches(String value) {
        Matcher m = SSN.matcher(value);
        if (!m.matches()) {
            return false;
        }
        int area = Integer.parseInt(m.group(1));
        return area != 0 && area != 666 && area < 900
                && !m.group(2).equals("00")
                && !m.group(3).equals("0000");
    }
}
