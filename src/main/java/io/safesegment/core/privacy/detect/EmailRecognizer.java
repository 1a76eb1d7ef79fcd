package io.safesegment.core.privacy.detect;

import org.apache.commons.validator.routines.EmailValidator;

/** Email addresses, validated by Apache Commons Validator (RFC 5322 local part, real top-level domain). */
public final class EmailRecognizer implements ValueRecognizer {
    private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, true);

    @Override
    public EntityType entity() {
        return EntityType.EMAIL;
    }

    @Override
    public boolean matches(String value) {
        return value.indexOf('@') > 0 && VALIDATOR.isValid(value);
    }
}
