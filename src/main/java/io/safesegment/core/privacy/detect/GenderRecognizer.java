package io.safesegment.core.privacy.detect;

import java.util.Locale;
import java.util.Set;

/** Gender codes and words in English and Chinese (M/F, male/female, 男/女, non-binary…). */
public final class GenderRecognizer implements ValueRecognizer {
    private static final Set<String> VALUES = Set.of("m", "f", "male", "female", "man", "woman", "men", "women",
            "x", "other", "non-binary", "nonbinary", "diverse", "男", "女", "男性", "女性", "其他");

    @Override
    public EntityType entity() {
        return EntityType.GENDER;
    }

    @Override
    public double specificity() {
        return 0.8;
    }

    @Override
    public boolean matches(String value) {
        return VALUES.contains(value.toLowerCase(Locale.ROOT));
    }
}
