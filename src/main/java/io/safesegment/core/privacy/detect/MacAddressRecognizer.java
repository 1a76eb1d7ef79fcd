package io.safesegment.core.privacy.detect;

import java.util.regex.Pattern;

/** Hardware (MAC) addresses in colon, dash or Cisco dotted notation. */
public final class MacAddressRecognizer implements ValueRecognizer {
    private static final Pattern MAC = Pattern.compile(
            "([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}|([0-9A-Fa-f]{2}-){5}[0-9A-Fa-f]{2}|([0-9A-Fa-f]{4}\\.){2}[0-9A-Fa-f]{4}");

    @Override
    public EntityType entity() {
        return EntityType.MAC_ADDRESS;
    }

    @Override
    public boolean matches(String value) {
        return MAC.matcher(value).matches();
    }
}
