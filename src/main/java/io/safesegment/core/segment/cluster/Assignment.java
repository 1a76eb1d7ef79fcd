package io.safesegment.core.segment.cluster;

import java.util.stream.IntStream;

/**
 * Nearest-centre assignment over row blocks in parallel (the common ForkJoin pool), the inner loop of Lloyd's
 * algorithm and of every "assign the rest to the nearest centre" step.
 */
public final class Assignment {
    /** Rows per parallel task: large enough to amortise scheduling, small enough to balance two to many cores. */
    static final int BLOCK = 8192;

    private Assignment() {
    }

    /** Number of row blocks for {@code n} rows. */
    static int blocks(int n) {
        return (n + BLOCK - 1) / BLOCK;
    }

    /**
     * Assigns every point to its nearest centre.
     *
     * @param centres flat k × d centres
     * @param labels  output, length n
     * @return the sum of squared distances to the assigned centres (inertia)
     */
    public static double assign(Points x, double[] centres, int k, int[] labels) {
        int d = x.d();
        double[] data = x.data();
        int n = x.n();
        double[] partial = new double[blocks(n)];
        IntStream.range(0, blocks(n)).parallel().forEach(b -> {
            int from = b * BLOCK;
            int to = Math.min(n, from + BLOCK);
            double sum = 0;
            double[] distance = new double[1];
            for (int i = from; i < to; i++) {
                labels[i] = nearest(data, i * d, d, centres, k, distance);
                sum += distance[0];
            }
            partial[b] = sum;
        });
        double total = 0;
        for (double p : partial) {
            total += p; // in block order, independent of the pool's split
        }
        return total;
    }

    /**
     * Index of the centre nearest to the point starting at {@code data[p]}; its squared distance goes to
     * {@code distance[0]} (an out-parameter, so the hot loops allocate nothing per point).
     */
    static int nearest(double[] data, int p, int d, double[] centres, int k, double[] distance) {
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            int q = c * d;
            double s = 0;
            for (int j = 0; j < d; j++) {
                double diff = data[p + j] - centres[q + j];
                s += diff * diff;
            }
            if (s < bestDist) {
                bestDist = s;
                best = c;
            }
        }
        distance[0] = bestDist;
        return best;
    }

    /** Counts the points per label {@code 0..k-1}; labels outside that range (noise, -1) are ignored. */
    public static int[] sizes(int[] labels, int k) {
        int[] sizes = new int[k];
        for (int l : labels) {
            if (l >= 0 && l < k) {
                sizes[l]++;
            }
        }
        return sizes;
    }

    /**
     * Mean of the points of each label; a label without points keeps centre {@code NaN}s.
     *
     * @return flat k × d centres
     */
    public static double[] centroids(Points x, int[] labels, int k) {
        int d = x.d();
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        double[] data = x.data();
        for (int i = 0; i < x.n(); i++) {
            int l = labels[i];
            if (l < 0 || l >= k) {
                continue;
            }
            counts[l]++;
            int p = i * d;
            int q = l * d;
            for (int j = 0; j < d; j++) {
                sums[q + j] += data[p + j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                sums[c * d + j] = counts[c] == 0 ? Double.NaN : sums[c * d + j] / counts[c];
            }
        }
        return sums;
    }

    /** Splits a flat k × d array into k rows, the shape result records expose. */
    public static double[][] toRows(double[] flat, int k, int d) {
        double[][] rows = new double[k][d];
        for (int c = 0; c < k; c++) {
            System.arraycopy(flat, c * d, rows[c], 0, d);
        }
        return rows;
    }
}
