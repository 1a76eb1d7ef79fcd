package io.safesegment.core.value;

import java.util.List;

/**
 * One classifier's cross-validated result (every figure is out-of-fold).
 *
 * @param model        the classifier
 * @param metrics      accuracy, precision, recall, F1, ROC-AUC, PR-AUC and the confusion matrix at 0.5
 * @param roc          ROC curve points {false-positive rate, true-positive rate}
 * @param calibration  reliability diagram rows {mean predicted, observed rate, customers} over 10 bins
 * @param importance   permutation importance per feature (ROC-AUC drop), largest first; empty when not asked
 * @param trainMillis  wall time of training over all folds
 * @param probabilities out-of-fold probability of each row of the data
 */
public record IntentModelResult(IntentModel model, BinaryMetrics metrics, List<double[]> roc,
                                List<double[]> calibration, List<FeatureImportance> importance, long trainMillis,
                                double[] probabilities) {
    /** Copies. */
    public IntentModelResult {
        roc = List.copyOf(roc);
        calibration = List.copyOf(calibration);
        importance = List.copyOf(importance);
    }

    /**
     * @param feature feature name
     * @param aucDrop mean ROC-AUC lost when the feature's values are shuffled across customers
     */
    public record FeatureImportance(String feature, double aucDrop) {
    }
}
