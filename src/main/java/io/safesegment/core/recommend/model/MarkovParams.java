package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * First-order Markov next-item model settings.
 *
 * @param history how many of the user's latest items vote for the next item (&gt; 0)
 * @param decay   weight ratio between consecutive history positions, latest = 1 (0..1]
 */
public record MarkovParams(int history, double decay) {
    public MarkovParams {
        if (history <= 0 || !(decay > 0 && decay <= 1)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.markov"));
        }
    }

    /** The latest 3 items with weights 1, 0.5, 0.25. */
    public static MarkovParams defaults() {
        return new MarkovParams(3, 0.5);
    }
}
