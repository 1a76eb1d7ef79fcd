package io.safesegment.core.value;

import java.util.List;

/**
 * A purchase-intent comparison.
 *
 * @param options       the settings used
 * @param target        what was predicted
 * @param positiveLabel the positive value
 * @param customers     rows evaluated
 * @param positives     positive rows
 * @param excludedRows  rows without a target value
 * @param featureNames  features the models saw
 * @param customerIds   row ids (for the probabilities)
 * @param models        one result per classifier, in the order asked
 */
public record IntentResult(IntentOptions options, String target, String positiveLabel, int customers, int positives,
                           int excludedRows, List<String> featureNames, List<String> customerIds,
                           List<IntentModelResult> models) {
    /** Copies. */
    public IntentResult {
        featureNames = List.copyOf(featureNames);
        customerIds = List.copyOf(customerIds);
        models = List.copyOf(models);
    }
}
