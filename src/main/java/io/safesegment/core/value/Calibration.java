package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Locale;

/** Probability calibration of a classifier's scores. */
public enum Calibration {
    /** The model's own probabilities (the SVM's scores still go through Platt scaling: it has no probabilities). */
    NONE,
    /** Platt scaling: a logistic curve on the score. */
    PLATT,
    /** Isotonic regression (pool adjacent violators) on the score. */
    ISOTONIC;

    /** The command-line name. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code none}, {@code platt} or {@code isotonic}. */
    public static Calibration parse(String text) {
        for (Calibration c : values()) {
            if (c.cliName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        throw new LocalizedArgumentException(Message.of("value.error.calibration", String.valueOf(text)));
    }
}
