package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.features.Scaling;
import java.util.Locale;
import java.util.Map;

/** How the Segments section writes numbers, parameters and enum values for people. */
final class SegmentText {
    private SegmentText() {
    }

    /** Formats a feature value compactly: whole and large numbers without decimals, others with two. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Parameters of a saved run as short text ("k=5, restarts=4"), in the run's own order. */
    static String parameters(Map<String, Object> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((key, value) -> {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(key).append('=').append(value instanceof Double d ? number(d) : value);
        });
        return out.toString();
    }

    /** Translated algorithm name. */
    static String algorithm(Algorithm a) {
        return switch (a) {
            case KMEANS -> i18n("segments.algo.kmeans");
            case DBSCAN -> i18n("segments.algo.dbscan");
            case HIERARCHICAL -> i18n("segments.algo.hierarchical");
            case GMM -> i18n("segments.algo.gmm");
            case RULES -> i18n("segments.algo.rules");
        };
    }

    /** Translated scaling name. */
    static String scaling(Scaling s) {
        return switch (s) {
            case ZSCORE -> i18n("segments.scaling.zscore");
            case MINMAX -> i18n("segments.scaling.minmax");
            case ROBUST -> i18n("segments.scaling.robust");
            case NONE -> i18n("segments.scaling.none");
        };
    }

    /** Passes a typed whole number on; half-typed numbers are ignored, so the last valid value stays in effect. */
    static void parseLong(String text, java.util.function.LongConsumer target) {
        try {
            target.accept(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            // not a number yet
        }
    }

    /** Passes a typed number on (empty = 0, "automatic"); half-typed numbers are ignored. */
    static void parseDouble(String text, java.util.function.DoubleConsumer target) {
        String t = text.strip();
        if (t.isEmpty()) {
            target.accept(0);
            return;
        }
        try {
            target.accept(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            // not a number yet
        }
    }
}
