package io.safesegment.core.recommend.eval;

import java.util.List;

/**
 * An evaluation run: the data, the protocol and one result per model, in the order the models were given.
 *
 * @param users        users in the data
 * @param items        items in the data
 * @param interactions stored user–item entries
 * @param explicit     whether values are explicit ratings
 * @param options      the protocol
 * @param models       results per model
 */
public record EvaluationReport(int users, int items, long interactions, boolean explicit, EvaluationOptions options,
        List<ModelEvaluation> models) {
}
