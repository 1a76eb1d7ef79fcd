package io.safesegment.core.segment.cluster;

/** Finds the knee (or elbow) of a monotone curve: the point farthest from the chord between its first and last point. */
public final class Knee {

    private Knee() {
    }

    /** Index of the knee of {@code y} sampled at equally spaced x; the last index for fewer than three points. */
    public static int index(double[] y) {
        return KDistance.knee(y);
    }
}
