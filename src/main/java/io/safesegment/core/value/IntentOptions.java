package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.List;

/**
 * Purchase-intent evaluation settings.
 *
 * @param models      classifiers to compare
 * @param folds       stratified folds (2 … 20)
 * @param seed        seed of the fold split, the forest and the permutation importance
 * @param calibration probability calibration; when not NONE the calibrator is fitted on a seeded quarter of each
 *                    training fold held out from the model
 * @param importance  whether to compute permutation feature importance
 */
public record IntentOptions(List<IntentModel> models, int folds, long seed, Calibration calibration,
                            boolean importance) {
    /** Validates and copies. */
    public IntentOptions {
        if (models == null || models.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("value.error.model", "(none)"));
        }
        models = List.copyOf(models);
        if (folds < 2 || folds > 20) {
            throw new LocalizedArgumentException(Message.of("value.error.folds", folds));
        }
        calibration = calibration == null ? Calibration.NONE : calibration;
    }
}
