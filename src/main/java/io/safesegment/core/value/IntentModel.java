package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The purchase-intent classifiers (Smile implementations). */
public enum IntentModel {
    /** L2-regularised logistic regression on z-scored features. */
    LOGISTIC(true),
    /** A CART decision tree (Gini, depth ≤ 8). */
    TREE(false),
    /** A random forest of 100 seeded trees. */
    FOREST(false),
    /** Gradient-boosted trees (100 trees of ≤ 6 leaves, shrinkage 0.1). */
    GBM(false),
    /** A linear SVM on z-scored features, its scores mapped to probabilities by Platt scaling. */
    SVM(true);

    private final boolean scaled;

    IntentModel(boolean scaled) {
        this.scaled = scaled;
    }

    /** Whether the model sees z-scored features (fitted on the training fold only). */
    public boolean scaled() {
        return scaled;
    }

    /** The command-line name. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code logistic,tree,...} ({@code all} = every model). */
    public static List<IntentModel> parseList(String text) {
        List<IntentModel> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equalsIgnoreCase("all")) {
                return List.of(values());
            }
            IntentModel m = null;
            for (IntentModel v : values()) {
                if (v.cliName().equalsIgnoreCase(p)) {
                    m = v;
                }
            }
            if (m == null) {
                throw new LocalizedArgumentException(Message.of("value.error.model", p));
            }
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("value.error.model", String.valueOf(text)));
        }
        return List.copyOf(out);
    }
}
