package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Settings of a k-means run, named like scikit-learn's so benchmark comparisons use the same settings.
 *
 * @param k        number of clusters, at least 1
 * @param restarts independent k-means++ starts; the one with the lowest inertia wins (scikit-learn {@code n_init})
 * @param maxIter  Lloyd iterations per start
 * @param tol      relative tolerance: stop when the total squared centre shift falls below {@code tol} × the mean
 *                 per-feature variance of the data (scikit-learn's rule)
 * @param seed     random seed; the same seed gives identical labels
 */
public record KMeansOptions(int k, int restarts, int maxIter, double tol, long seed) {

    /** Validates the settings. */
    public KMeansOptions {
        if (k < 1) {
            throw new LocalizedArgumentException(Message.of("cluster.kMeansOptions.kMustBeAt", k));
        }
        if (restarts < 1) {
            throw new LocalizedArgumentException(Message.of("cluster.kMeansOptions.restartsMustBeAt", restarts));
        }
        if (maxIter < 1) {
            throw new LocalizedArgumentException(Message.of("cluster.kMeansOptions.maxiterMustBeAt", maxIter));
        }
        if (!(tol >= 0)) {
            throw new LocalizedArgumentException(Message.of("cluster.kMeansOptions.tolMustBeZero", String.valueOf(tol)));
        }
    }

    /** k clusters, 4 restarts, 300 iterations, tol 1e-4 (scikit-learn's defaults apart from the restarts). */
    public static KMeansOptions of(int k, long seed) {
        return new KMeansOptions(k, 4, 300, 1e-4, seed);
    }
}
