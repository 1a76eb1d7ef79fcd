package io.safesegment.core.segment.projection;

/**
 * Two-dimensional coordinates of every row for a scatter plot.
 *
 * @param x                 first principal component score per row
 * @param y                 second principal component score per row
 * @param explainedVariance share of the total variance on each of the two axes
 * @param axes              the two principal directions (2 × d), rows of unit length
 */
public record Projection(float[] x, float[] y, double[] explainedVariance, double[][] axes) {
}
