package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * k-means with greedy k-means++ seeding and a parallel Lloyd iteration over row blocks.
 *
 * <p>Written here rather than taken from Smile because Smile's {@code KMeans.lloyd} is single-threaded and about six
 * times slower per iteration than scikit-learn on this kind of data; the settings follow scikit-learn (greedy
 * k-means++ with {@code 2 + ln k} local trials, relative tolerance on the centre shift, empty clusters re-seeded at
 * the farthest point) so results are comparable.
 */
public final class KMeans {

    private KMeans() {
    }

    /** Clusters {@code x}; restarts run one after another, each Lloyd step is parallel. */
    public static KMeansResult fit(Points x, KMeansOptions options, Progress progress) {
        RowCount.require("k-means", x.n(), options.k());
        SplittableRandom seeds = new SplittableRandom(options.seed());
        double tolAbs = options.tol() * meanVariance(x);
        KMeansResult best = null;
        for (int r = 0; r < options.restarts(); r++) {
            progress.checkCancelled();
            Progress step = progress.slice((double) r / options.restarts(), (double) (r + 1) / options.restarts());
            double[] centres = KMeansPlusPlus.init(x, options.k(), new SplittableRandom(seeds.nextLong()));
            KMeansResult run = lloyd(x, centres, options.k(), options.maxIter(), tolAbs, step);
            if (best == null || run.inertia() < best.inertia()) {
                best = run;
            }
        }
        progress.report(1, Message.of("progress.kmeans.done"));
        return best;
    }

    /**
     * Lloyd iterations from the given centres.
     *
     * @param centres flat k × d start centres (modified)
     * @param tolAbs  absolute tolerance on the total squared centre shift
     */
    public static KMeansResult lloyd(Points x, double[] centres, int k, int maxIter, double tolAbs, Progress progress) {
        int n = x.n();
        int d = x.d();
        int[] labels = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        double[] next = new double[k * d];
        int iter = 0;
        boolean converged = false;
        while (iter < maxIter) {
            progress.checkCancelled();
            iter++;
            double[] sums = assignAndSum(x, centres, k, labels);
            double shift = 0;
            for (int c = 0; c < k; c++) {
                double count = sums[k * d + c];
                for (int j = 0; j < d; j++) {
                    next[c * d + j] = count == 0 ? centres[c * d + j] : sums[c * d + j] / count;
                }
            }
            reseedEmpty(x, next, sums, k, labels);
            for (int i = 0; i < k * d; i++) {
                double diff = next[i] - centres[i];
                shift += diff * diff;
            }
            System.arraycopy(next, 0, centres, 0, k * d);
            if (Arrays.equals(labels, previous)) {
                converged = true;
                break;
            }
            if (shift <= tolAbs) {
                converged = true;
                break;
            }
            System.arraycopy(labels, 0, previous, 0, n);
            progress.report((double) iter / maxIter, Message.of("progress.kmeans.iteration", iter));
        }
        // A final assignment so that labels and centres agree exactly (as scikit-learn does).
        double inertia = Assignment.assign(x, centres, k, labels);
        return new KMeansResult(labels, Assignment.toRows(centres, k, d), Assignment.sizes(labels, k), inertia, iter,
                converged);
    }

    /**
     * Assigns every point to its nearest centre and returns per-cluster coordinate sums (k × d) followed by counts
     * (k), accumulated per block in parallel and then added up.
     */
    private static double[] assignAndSum(Points x, double[] centres, int k, int[] labels) {
        int n = x.n();
        int d = x.d();
        double[] data = x.data();
        int width = k * d + k;
        double[][] partial = IntStream.range(0, Assignment.blocks(n)).parallel().mapToObj(b -> {
            double[] acc = new double[width];
            int from = b * Assignment.BLOCK;
            int to = Math.min(n, from + Assignment.BLOCK);
            double[] distance = new double[1];
            for (int i = from; i < to; i++) {
                int p = i * d;
                int best = Assignment.nearest(data, p, d, centres, k, distance);
                labels[i] = best;
                int q = best * d;
                for (int j = 0; j < d; j++) {
                    acc[q + j] += data[p + j];
                }
                acc[k * d + best] += 1;
            }
            return acc;
        }).toArray(double[][]::new);
        // Added in block order so that the result does not depend on how the pool split the work.
        double[] total = new double[width];
        for (double[] block : partial) {
            for (int i = 0; i < width; i++) {
                total[i] += block[i];
            }
        }
        return total;
    }

    /** Moves the centre of each empty cluster onto the point farthest from its own centre. */
    private static void reseedEmpty(Points x, double[] centres, double[] sums, int k, int[] labels) {
        int d = x.d();
        for (int c = 0; c < k; c++) {
            if (sums[k * d + c] > 0) {
                continue;
            }
            int far = 0;
            double farDist = -1;
            for (int i = 0; i < x.n(); i++) {
                double dist = x.squaredDistance(i, centres, labels[i]);
                if (dist > farDist) {
                    farDist = dist;
                    far = i;
                }
            }
            System.arraycopy(x.data(), far * d, centres, c * d, d);
            sums[k * d + c] = 1;
        }
    }

    /** Mean over features of the per-feature variance. */
    static double meanVariance(Points x) {
        int n = x.n();
        int d = x.d();
        double[] mean = new double[d];
        double[] data = x.data();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += data[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double diff = data[i * d + j] - mean[j];
                total += diff * diff;
            }
        }
        return total / n / d;
    }
}
