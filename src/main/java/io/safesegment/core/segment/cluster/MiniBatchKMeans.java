package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.util.SplittableRandom;

/**
 * Mini-batch k-means (Sculley 2010): centres move towards random batches with a per-centre learning rate of
 * 1 / (points seen). Much cheaper than full Lloyd when many k are tried, at a small cost in inertia; a final full
 * assignment gives labels and inertia over all points.
 */
public final class MiniBatchKMeans {

    private MiniBatchKMeans() {
    }

    /**
     * Settings.
     *
     * @param k          clusters
     * @param batchSize  points per batch
     * @param iterations batches
     * @param seed       random seed
     */
    public record Options(int k, int batchSize, int iterations, long seed) {
        /** Validates the settings. */
        public Options {
            if (k < 1 || batchSize < 1 || iterations < 1) {
                throw new LocalizedArgumentException(Message.of("cluster.miniBatchKMeans.miniBatchKMeans"));
            }
        }

        /** k clusters, batches of 2,048, 100 batches. */
        public static Options of(int k, long seed) {
            return new Options(k, 2048, 100, seed);
        }
    }

    /** Clusters {@code x}. */
    public static KMeansResult fit(Points x, Options options, Progress progress) {
        int n = x.n();
        int d = x.d();
        int k = options.k();
        RowCount.require("mini-batch k-means", n, k);
        SplittableRandom random = new SplittableRandom(options.seed());
        int initSize = Math.min(n, Math.max(3 * options.batchSize(), 10 * k));
        Points initSample = x.subset(Sampling.sample(n, initSize, random.nextLong()));
        double[] centres = KMeansPlusPlus.init(initSample, k, random);
        long[] seen = new long[k];
        int batch = Math.min(options.batchSize(), n);
        double[] data = x.data();
        for (int it = 0; it < options.iterations(); it++) {
            progress.checkCancelled();
            for (int b = 0; b < batch; b++) {
                int i = random.nextInt(n);
                int best = nearest(x, i, centres, k);
                seen[best]++;
                double eta = 1.0 / seen[best];
                for (int j = 0; j < d; j++) {
                    centres[best * d + j] += eta * (data[i * d + j] - centres[best * d + j]);
                }
            }
            progress.report((double) (it + 1) / options.iterations(), Message.of("progress.minibatch", it + 1));
        }
        int[] labels = new int[n];
        double inertia = Assignment.assign(x, centres, k, labels);
        return new KMeansResult(labels, Assignment.toRows(centres, k, d), Assignment.sizes(labels, k), inertia,
                options.iterations(), true);
    }

    private static int nearest(Points x, int i, double[] centres, int k) {
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double dist = x.squaredDistance(i, centres, c);
            if (dist < bestDist) {
                bestDist = dist;
                best = c;
            }
        }
        return best;
    }
}
