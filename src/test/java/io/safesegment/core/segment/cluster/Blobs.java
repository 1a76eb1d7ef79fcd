package io.safesegment.core.segment.cluster;

import java.util.Random;

/** Seeded Gaussian blobs with known labels, for clustering tests. */
public final class Blobs {
    public final Points points;
    public final int[] truth;

    private Blobs(Points points, int[] truth) {
        this.points = points;
        this.truth = truth;
    }

    /** {@code perBlob} points around each centre with standard deviation {@code sd}. */
    public static Blobs of(double[][] centres, int perBlob, double sd, long seed) {
        Random r = new Random(seed);
        int d = centres[0].length;
        int n = centres.length * perBlob;
        double[] data = new double[n * d];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % centres.length;
            truth[i] = c;
            for (int j = 0; j < d; j++) {
                data[i * d + j] = centres[c][j] + sd * r.nextGaussian();
            }
        }
        return new Blobs(new Points(data, n, d), truth);
    }

    /** Four well separated 2-D blobs. */
    public static Blobs four(long seed) {
        return of(new double[][] {{0, 0}, {10, 0}, {0, 10}, {10, 10}}, 100, 1.0, seed);
    }
}
