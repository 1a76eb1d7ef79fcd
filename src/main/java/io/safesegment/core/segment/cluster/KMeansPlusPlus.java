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
        for (int c = 1; c < k; c++) {
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += closest[i];
                cumulative[i] = run;
            }
            int bestCandidate = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            double[] bestDistances = null;
            for (int t = 0; t < trials; t++) {
                int candidate = potential > 0 ? search(cumulative, random.nextDouble() * potential) : random.nextInt(n);
                double[] candidateRow = x.row(candidate);
                double[] dist = new double[n];
                IntStream.range(0, n).parallel().forEach(i ->
                        dist[i] = Math.min(closest[i], x.squaredDistance(i, candidateRow, 0)));
                double pot = sum(dist);
                if (pot < bestPotential) {
                    bestPotential = pot;
                    bestCandidate = candidate;
                    bestDistances = dist;
                }
            }
            System.arraycopy(x.data(), bestCandidate * d, centres, c * d, d);
            System.arraycopy(bestDistances, 0, closest, 0, n);
            potential = bestPotential;
        }
        return centres;
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
