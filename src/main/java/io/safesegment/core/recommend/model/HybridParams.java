package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Hybrid switching/blending settings.
 *
 * @param minInteractions users with fewer interactions count as cold and get content + popularity (≥ 1)
 * @param contentWeight   weight of the (max-normalised) content score added for warm users, which lets cold
 *                        items with a good description surface (≥ 0)
 * @param popularityWeight weight of normalised popularity for cold users (≥ 0)
 */
public record HybridParams(int minInteractions, double contentWeight, double popularityWeight) {
    public HybridParams {
        if (minInteractions < 1 || !(contentWeight >= 0) || !(popularityWeight >= 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.hybrid"));
        }
    }

    /** Cold below 3 interactions, content weight 0.1, popularity weight 0.3. */
    public static HybridParams defaults() {
        return new HybridParams(3, 0.1, 0.3);
    }
}
