package io.safesegment.core.segment.cluster;

/**
 * Outcome of k-means.
 *
 * @param labels     cluster of each point, 0..k-1
 * @param centroids  k rows of d coordinates
 * @param sizes      points per cluster, counted from the labels
 * @param inertia    sum of squared distances of the points to their centres
 * @param iterations Lloyd iterations of the winning start
 * @param converged  whether the winning start met the tolerance before {@code maxIter}
 */
public record KMeansResult(int[] labels, double[][] centroids, int[] sizes, double inertia, int iterations,
                           boolean converged) {
}
