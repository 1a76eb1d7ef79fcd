package io.safesegment.core.recommend.eval;

/** How interactions are held out. */
public enum SplitKind {
    /** Entries assigned to k folds uniformly at random (seeded); k-fold cross-validation. */
    RANDOM,
    /** Per user, the most recent share of entries is the test set (one split; needs times). */
    TEMPORAL
}
