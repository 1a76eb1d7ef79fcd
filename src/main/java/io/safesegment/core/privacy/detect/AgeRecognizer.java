package io.safesegment.core.privacy.detect;

/** Ages in years: whole numbers from 0 to 120. Weak on its own, strong with a column named "age" / "年龄". */
public final class AgeRecognizer implements ValueRecognizer {
    @Override
    public EntityType entity() {
        return EntityType.AGE;
    }

    @Override
    public double specificity() {
        return 0.2;
    }

    @Override
    public boolean matches(String value) {
        if (value.isEmpty() || value.length() > 3) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(value) <= 120;
    }
}
