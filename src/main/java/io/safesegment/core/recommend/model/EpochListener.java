package io.safesegment.core.recommend.model;

/**
 * Called by SGD-trained models after each epoch, so that a tuner can measure a held-out error and stop early. The
 * model predicts with its current factors during the call.
 */
@FunctionalInterface
public interface EpochListener {
    /** After epoch {@code epoch} (1-based); false stops training. */
    boolean afterEpoch(int epoch);

    /** Runs every epoch. */
    EpochListener NONE = epoch -> true;
}
