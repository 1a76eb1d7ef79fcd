package io.safesegment.ui.common.chart;

import java.util.List;
import java.util.function.IntFunction;

/**
 * What a {@link ScatterCanvas} draws.
 *
 * @param x          horizontal coordinate of each point
 * @param y          vertical coordinate of each point
 * @param labels     segment of each point, −1 = noise
 * @param names      segment names for the legend (index = label)
 * @param centroidsX horizontal coordinate of each segment's centre (same axes as the points)
 * @param centroidsY vertical coordinate of each segment's centre
 * @param xLabel     horizontal axis title
 * @param yLabel     vertical axis title
 * @param describe   tooltip text of a point (customer id and key features)
 */
public record ScatterData(float[] x, float[] y, int[] labels, List<String> names, double[] centroidsX,
                          double[] centroidsY, String xLabel, String yLabel, IntFunction<String> describe) {

    /** Checks that the arrays line up. */
    public ScatterData {
        if (x.length != y.length || x.length != labels.length) {
            throw new IllegalArgumentException("scatter: x, y and labels differ in length");
        }
        if (centroidsX.length != centroidsY.length || centroidsX.length != names.size()) {
            throw new IllegalArgumentException("scatter: one centroid and one name per segment are required");
        }
        names = List.copyOf(names);
    }

    /** Number of segments (noise excluded). */
    public int segments() {
        return names.size();
    }

    /** Points per segment; noise is not counted. */
    public int[] sizes() {
        int[] sizes = new int[segments()];
        for (int l : labels) {
            if (l >= 0 && l < sizes.length) {
                sizes[l]++;
            }
        }
        return sizes;
    }
}
