package io.safesegment.core.privacy.detect;

import java.util.regex.Pattern;

/**
 * Street addresses: a house number and a street word in English ("12 Baker Street", "400 W Main St Apt 5") or a
 * Chinese road/street/lane with a number ("长安街12号", "南京东路100弄3号").
 */
public final class StreetAddressRecognizer implements ValueRecognizer {
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\d{1,6}[A-Z]?\\s+([A-Z0-9.'\\-]+\\s+){0,5}(street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr"
                    + "|way|court|ct|place|pl|square|sq|terrace|close|crescent|highway|hwy|parkway|pkwy)\\b.*");
    private static final Pattern CHINESE = Pattern.compile(".*\\p{IsHan}+(路|街|道|巷|弄|胡同|大道)\\d+(号|弄).*");

    @Override
    public EntityType entity() {
        return EntityType.STREET_ADDRESS;
    }

    @Override
    public boolean matches(String value) {
        return value.length() <= 200 && (ENGLISH.matcher(value).matches() || CHINESE.matcher(value).matches());
    }
}
