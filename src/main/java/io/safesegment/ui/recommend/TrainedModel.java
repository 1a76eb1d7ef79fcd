package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.RecommendationService;

/**
 * A model trained on all interactions, ready for previews.
 *
 * @param name    model name
 * @param fitted  the fitted model (with its popularity fallback), the data and the choice it was fitted with
 * @param seconds training time
 * @param seed    seed it was trained with
 * @param parameters the hyper-parameters it was trained with
 */
public record TrainedModel(String name, RecommendationService.Fitted fitted, double seconds, long seed,
                           ModelParameters parameters) {
}
