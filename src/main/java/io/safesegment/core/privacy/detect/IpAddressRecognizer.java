package io.safesegment.core.privacy.detect;

import org.apache.commons.validator.routines.InetAddressValidator;

/** IPv4 and IPv6 addresses (online identifiers under GDPR recital 30). */
public final class IpAddressRecognizer implements ValueRecognizer {
    @Override
    public EntityType entity() {
        return EntityType.IP_ADDRESS;
    }

    @Override
    public boolean matches(String value) {
        boolean plausible = value.indexOf('.') > 0 || value.indexOf(':') >= 0;
        return plausible && InetAddressValidator.getInstance().isValid(value);
    }
}
