package io.safesegment.core.privacy.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPS positions written as "latitude, longitude" in decimal degrees with at least three decimals (about 100 m),
 * within the valid ranges.
 */
public final class GpsRecognizer implements ValueRecognizer {
    private static final Pattern PAIR = Pattern.compile("\\(?\\s*(-?\\d{1,2}\\.\\d{3,})\\s*[,;]\\s*(-?\\d{1,3}\\.\\d{3,})\\s*\\)?");

    @Override
    public EntityType entity() {
        return EntityType.GPS_COORDINATES;
    }

    @Override
    public boolean matches(String value) {
        Matcher m = PAIR.matcher(value);
        if (!m.matches()) {
            return false;
        }
        double lat = Double.parseDouble(m.group(1));
        double lon = Double.parseDouble(m.group(2));
        return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }
}
