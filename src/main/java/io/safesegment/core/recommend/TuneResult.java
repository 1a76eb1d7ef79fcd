package io.safesegment.core.recommend;

import java.util.Map;

/**
 * What inner validation chose for one model.
 *
 * @param model         model name
 * @param metric        {@code rmse} (lower is better, rating models on ratings) or {@code ndcg@10} (higher is better)
 * @param defaultValue  the metric with the documented defaults on the inner hold-out (null: nothing to tune)
 * @param tunedValue    the metric with the chosen values on the inner hold-out (null: nothing to tune)
 * @param settingsTried grid points fitted (the defaults included)
 * @param chosen        the chosen hyper-parameters by name (epochs are what early stopping kept for SGD models)
 */
public record TuneResult(String model, String metric, Double defaultValue, Double tunedValue, int settingsTried,
        Map<String, Object> chosen) {
    public TuneResult {
        chosen = chosen == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(chosen));
    }
}
