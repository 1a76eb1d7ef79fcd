package io.safesegment.core.segment.metrics;

import io.safesegment.core.segment.cluster.Points;
import io.safesegment.core.segment.cluster.Sampling;
import java.util.stream.IntStream;

/**
 * Mean silhouette coefficient (Rousseeuw 1987) computed on a seeded sample, because the exact value needs all n²
 * distances. For a row i, a = mean distance to the other rows of its cluster, b = the smallest mean distance to the
 * rows of another cluster, s = (b − a) / max(a, b); rows alone in their cluster get s = 0 (scikit-learn's rule).
 * Rows with a negative label (noise) are left out. Smile 6 has no silhouette, hence this class.
 */
public final class Silhouette {
    /** Default sample size: 5,000 rows → 25 M distances. */
    public static final int DEFAULT_SAMPLE = 5_000;

    private Silhouette() {
    }

    /** Mean silhouette over a sample of at most {@code sampleSize} rows; NaN when fewer than two clusters remain. */
    public static double sampled(Points x, int[] labels, int sampleSize, long seed) {
        int[] rows = IntStream.of(Sampling.sample(x.n(), sampleSize, seed)).filter(i -> labels[i] >= 0).toArray();
        Points s = x.subset(rows);
        int[] l = new int[rows.length];
        int k = 0;
        for (int i = 0; i < rows.length; i++) {
            l[i] = labels[rows[i]];
            k = Math.max(k, l[i] + 1);
        }
        return exact(s, l, k);
    }

    /** Mean silhouette over all rows of {@code x} (labels 0..k−1). */
    public static double exact(Points x, int[] labels, int k) {
        int m = x.n();
        int[] sizes = new int[k];
        for (int lab : labels) {
            sizes[lab]++;
        }
        long nonEmpty = IntStream.of(sizes).filter(c -> c > 0).count();
        if (nonEmpty < 2) {
            return Double.NaN;
        }
        double[] values = new double[m];
        IntStream.range(0, m).parallel().forEach(i -> {
            double[] sum = new double[k];
            for (int j = 0; j < m; j++) {
                if (j != i) {
                    sum[labels[j]] += Math.sqrt(x.squaredDistance(i, j));
                }
            }
            int own = labels[i];
            if (sizes[own] <= 1) {
                values[i] = 0;
                return;
            }
            double a = sum[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sum[c] / sizes[c]);
                }
            }
            double max = Math.max(a, b);
            values[i] = max == 0 ? 0 : (b - a) / max;
        });
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total / m;
    }
}
