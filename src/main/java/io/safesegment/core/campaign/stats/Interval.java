package io.safesegment.core.campaign.stats;

/**
 * A two-sided confidence (or credible) interval.
 *
 * @param low  lower bound
 * @param high upper bound
 */
public record Interval(double low, double high) {
    /** The interval as {@code [low, high]}, the JSON shape of every {@code ci} field. */
    public double[] toArray() {
        return new double[] {low, high};
    }
}
