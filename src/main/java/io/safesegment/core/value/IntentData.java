package io.safesegment.core.value;

import java.util.List;

/**
 * Customers as rows of features with a 0/1 target.
 *
 * @param customerIds   row ids
 * @param featureNames  column names (one-hot columns are {@code column=value})
 * @param x             row-major feature values (imputed, not scaled)
 * @param y             1 = positive class
 * @param target        what the target is ("column = value" or "buys within N days")
 * @param positiveLabel the positive value
 * @param excludedRows  rows without a target value
 */
public record IntentData(List<String> customerIds, List<String> featureNames, double[][] x, int[] y, String target,
                         String positiveLabel, int excludedRows) {
    /** Copies the lists. */
    public IntentData {
        customerIds = List.copyOf(customerIds);
        featureNames = List.copyOf(featureNames);
    }

    /** Number of positives. */
    public int positives() {
        int p = 0;
        for (int v : y) {
            p += v;
        }
        return p;
    }
}
