package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.FittedModel;

/**
 * A model trained on all interactions, ready for previews.
 *
 * @param name    model name
 * @param fitted  the fitted model with its popularity fallback
 * @param seconds training time
 * @param seed    seed it was trained with
 */
public record TrainedModel(String name, FittedModel fitted, double seconds, long seed) {
}
