package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The k-distance curve that guides the choice of DBSCAN's ε: for a seeded sample, the distance of each point to its
 * k-th nearest neighbour, sorted ascending. The suggested ε is at the knee, the point of the curve farthest from
 * the straight line between its ends (the "Kneedle" idea in its simplest form).
 */
public final class KDistance {

    private KDistance() {
    }

    /**
     * The curve and the suggestion.
     *
     * @param distances     sorted k-th neighbour distances of the sample
     * @param kneeIndex     index of the knee in {@code distances}
     * @param suggestedEpsilon distance at the knee
     */
    public record Curve(double[] distances, int kneeIndex, double suggestedEpsilon) {
    }

    /**
     * Computes the curve on at most {@code sampleSize} rows (brute force, neighbours searched within the sample).
     *
     * @param k neighbour rank, usually DBSCAN's minPoints − 1
     */
    public static Curve compute(Points x, int k, int sampleSize, long seed) {
        int[] rows = Sampling.sample(x.n(), sampleSize, seed);
        Points s = x.subset(rows);
        int m = s.n();
        if (m <= k) {
            throw new LocalizedArgumentException(Message.of("cluster.kDistance.theKDistanceCurve", k, k, m));
        }
        double[] kth = new double[m];
        IntStream.range(0, m).parallel().forEach(i -> {
            double[] d = new double[m - 1];
            int p = 0;
            for (int j = 0; j < m; j++) {
                if (j != i) {
                    d[p++] = s.squaredDistance(i, j);
                }
            }
            Arrays.sort(d);
            kth[i] = Math.sqrt(d[k - 1]);
        });
        Arrays.sort(kth);
        int knee = knee(kth);
        return new Curve(kth, knee, kth[knee]);
    }

    /** Index of the point farthest from the chord between the first and last point of an increasing curve. */
    static int knee(double[] y) {
        int m = y.length;
        if (m < 3) {
            return m - 1;
        }
        double x0 = 0;
        double y0 = y[0];
        double x1 = m - 1;
        double y1 = y[m - 1];
        double norm = Math.hypot(x1 - x0, y1 - y0);
        int best = m - 1;
        double bestDist = -1;
        for (int i = 0; i < m; i++) {
            double dist = Math.abs((y1 - y0) * i - (x1 - x0) * y[i] + x1 * y0 - y1 * x0) / norm;
            if (dist > bestDist) {
                bestDist = dist;
                best = i;
            }
        }
        return best;
    }
}
