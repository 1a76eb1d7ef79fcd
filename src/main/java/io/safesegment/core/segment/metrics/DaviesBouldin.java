package io.safesegment.core.segment.metrics;

import io.safesegment.core.segment.cluster.Assignment;
import io.safesegment.core.segment.cluster.Points;

/**
 * Davies–Bouldin index (lower is better): the mean over clusters of the worst ratio (s_i + s_j) / d(c_i, c_j), where
 * s is the mean distance of a cluster's rows to its centroid. Empty clusters and noise (negative labels) are skipped.
 */
public final class DaviesBouldin {

    private DaviesBouldin() {
    }

    /** The index for labels 0..k−1; NaN with fewer than two non-empty clusters. */
    public static double of(Points x, int[] labels, int k) {
        double[] centres = Assignment.centroids(x, labels, k);
        int[] sizes = Assignment.sizes(labels, k);
        double[] scatter = new double[k];
        for (int i = 0; i < x.n(); i++) {
            if (labels[i] >= 0) {
                scatter[labels[i]] += Math.sqrt(x.squaredDistance(i, centres, labels[i]));
            }
        }
        int used = 0;
        for (int c = 0; c < k; c++) {
            if (sizes[c] > 0) {
                scatter[c] /= sizes[c];
                used++;
            }
        }
        if (used < 2) {
            return Double.NaN;
        }
        int d = x.d();
        double total = 0;
        for (int a = 0; a < k; a++) {
            if (sizes[a] == 0) {
                continue;
            }
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (b == a || sizes[b] == 0) {
                    continue;
                }
                double dist = 0;
                for (int j = 0; j < d; j++) {
                    double diff = centres[a * d + j] - centres[b * d + j];
                    dist += diff * diff;
                }
                dist = Math.sqrt(dist);
                double ratio = dist == 0 ? Double.POSITIVE_INFINITY : (scatter[a] + scatter[b]) / dist;
                worst = Math.max(worst, ratio);
            }
            total += worst;
        }
        return total / used;
    }
}
