package io.safesegment.core.privacy.detect;

import org.apache.commons.validator.routines.UrlValidator;

/** Web addresses (http, https, ftp); profile links and tracking URLs often carry a person's identity. */
public final class UrlRecognizer implements ValueRecognizer {
    private static final UrlValidator VALIDATOR = new UrlValidator(new String[] {"http", "https", "ftp"});

    @Override
    public EntityType entity() {
        return EntityType.URL;
    }

    @Override
    public boolean matches(String value) {
        return value.contains("://") && VALIDATOR.isValid(value);
    }
}
