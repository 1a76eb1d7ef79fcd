package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Locale;

/** What the search minimises. See decision 0019 for the exact definitions and how they follow ARX. */
public enum UtilityMetric {
    /**
     * Generalisation loss (Iyengar) as ARX's {@code MetricMDNMLoss} computes it per quasi-identifier (share of the
     * hierarchy's values under the released value, normalised to 0..1; a suppressed row counts 1), aggregated
     * with the arithmetic mean over the quasi-identifiers.
     */
    LOSS,
    /** Discernibility: Σ class size² over released classes + rows × suppressed rows. */
    DISCERNIBILITY,
    /** Non-uniform entropy: Σ over QIs and rows of log2(freq(released value) / freq(original value)). */
    ENTROPY,
    /** Average equivalence class size: rows / classes (the suppressed rows count as one class). */
    AECS;

    /** Parses {@code loss|discernibility|entropy|aecs}. */
    public static UtilityMetric parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LocalizedArgumentException(Message.of("anonymise.utilityMetric.metricMustBeLoss", text));
        }
    }
}
