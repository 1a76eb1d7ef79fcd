package io.safesegment.core.recommend.eval;

import java.util.Map;

/**
 * Results of one model.
 *
 * @param model       model name
 * @param params      hyper-parameters (a record or map)
 * @param folds       splits evaluated
 * @param fitSeconds  total training time over all folds
 * @param evalSeconds total scoring and metric time over all folds
 * @param overall     metrics over all evaluated users
 * @param segments    metrics per customer segment (sorted by segment name; empty without a segment map)
 */
public record ModelEvaluation(String model, Object params, int folds, double fitSeconds, double evalSeconds,
        Metrics overall, Map<String, Metrics> segments) {
}
