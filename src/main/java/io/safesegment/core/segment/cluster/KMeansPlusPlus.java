package io.safesegment.core.segment.cluster;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Greedy k-means++ seeding (Arthur and Vassilvitskii, with the {@code 2 + ln k} local trials scikit-learn uses):
 * each new centre is the best of a few candidates drawn with probability proportional to the squared distance to
 * the nearest chosen centre.
 */
public final class KMeansPlusPlus {

    private KMeansPlusPlus() {
    }

    /** Chooses k start centres; returns them flat, k × d. */
    public static double[] init(Points x, int k, SplittableRandom random) {
        int n = x.n();
        int d = x.d();
        double[] centres = new double[k * d];
        int first = random.nextInt(n);
        System.arraycopy(x.data(), first * d, centres, 0, d);
        double[] closest = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> closest[i] = x.squaredDistance(i, centres, 0));
        double potential = sum(closest);
        int trials = 2 + (int) Math.log(k);
        double[] cumulative = new double[n];
        int[] candidates = new int[trials];
        double[] candidateRows = new double[trials * d];
        for (int c = 1; c < k; c++) {
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += closest[i];
                cumulative[i] = run;
            }
            for (int t = 0; t < trials; t++) {
                candidates[t] = potential > 0 ? search(cumulative, random.nextDouble() * potential) : random.nextInt(n);
                System.arraycopy(x.data(), candidates[t] * d, candidateRows, t * d, d);
            }
            // One pass scores all candidates: the potential each would leave if it became the next centre.
            double[] potentials = trialPotentials(x, closest, candidateRows, trials);
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (potentials[t] < potentials[best]) {
                    best = t;
                }
            }
            int chosen = candidates[best];
            System.arraycopy(x.data(), chosen * d, centres, c * d, d);
            double[] chosenRow = x.row(chosen);
            IntStream.range(0, n).parallel().forEach(i ->
                    closest[i] = Math.min(closest[i], x.squaredDistance(i, chosenRow, 0)));
            potential = potentials[best];
        }
        return centres;
    }

    /** For each candidate row, the sum over points of min(closest, distance to the candidate); block sums added in order. */
    private static double[] trialPotentials(Points x, double[] closest, double[] candidateRows, int trials) {
        int n = x.n();
        int d = x.d();
        double[] data = x.data();
        double[][] partial = new double[Assignment.blocks(n)][];
        IntStream.range(0, partial.length).parallel().forEach(b -> {
            double[] acc = new double[trials];
            int from = b * Assignment.BLOCK;
            int to = Math.min(n, from + Assignment.BLOCK);
            for (int i = from; i < to; i++) {
                int p = i * d;
                double own = closest[i];
                for (int t = 0; t < trials; t++) {
                    int q = t * d;
                    double s = 0;
                    for (int j = 0; j < d; j++) {
                        double diff = data[p + j] - candidateRows[q + j];
                        s += diff * diff;
                    }
                    acc[t] += Math.min(own, s);
                }
            }
            partial[b] = acc;
        });
        double[] total = new double[trials];
        for (double[] acc : partial) {
            for (int t = 0; t < trials; t++) {
                total[t] += acc[t];
            }
        }
        return total;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** First index whose cumulative value is at least {@code target}. */
    private static int search(double[] cumulative, double target) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
