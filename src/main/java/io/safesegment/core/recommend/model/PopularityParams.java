package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Map;

/**
 * Popularity settings.
 *
 * @param damping  k in the damped item mean (Σr + k·μ) / (n + k) used to predict ratings (≥ 0)
 * @param segments optional customer id → segment; when given, items are ranked by popularity within the user's
 *                 segment (falling back to global popularity for users without a segment)
 */
public record PopularityParams(double damping, Map<String, String> segments) {
    public PopularityParams {
        if (!(damping >= 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.damping", String.valueOf(damping)));
        }
        segments = segments == null ? Map.of() : Map.copyOf(segments);
    }

    /** Global popularity, damping 5. */
    public static PopularityParams defaults() {
        return new PopularityParams(5, Map.of());
    }
}
