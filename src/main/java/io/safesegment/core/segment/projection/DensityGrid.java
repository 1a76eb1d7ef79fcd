package io.safesegment.core.segment.projection;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Counts of projected points per grid cell and segment, so that a chart can draw a first frame of a million points
 * as a few thousand shaded cells before plotting individual points.
 *
 * @param bins   cells per axis
 * @param minX   left edge
 * @param maxX   right edge
 * @param minY   bottom edge
 * @param maxY   top edge
 * @param counts counts[segment][cy * bins + cx]; noise (label −1) is the last segment row
 */
public record DensityGrid(int bins, double minX, double maxX, double minY, double maxY, int[][] counts) {

    /** Bins the projection; labels are 0..k−1 or −1 for noise. */
    public static DensityGrid of(Projection p, int[] labels, int k, int bins) {
        if (bins < 1) {
            throw new LocalizedArgumentException(Message.of("projection.densityGrid.binsMustBeAt", bins));
        }
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < p.x().length; i++) {
            minX = Math.min(minX, p.x()[i]);
            maxX = Math.max(maxX, p.x()[i]);
            minY = Math.min(minY, p.y()[i]);
            maxY = Math.max(maxY, p.y()[i]);
        }
        int[][] counts = new int[k + 1][bins * bins];
        double wx = Math.max(maxX - minX, 1e-12);
        double wy = Math.max(maxY - minY, 1e-12);
        for (int i = 0; i < p.x().length; i++) {
            int cx = Math.min(bins - 1, (int) ((p.x()[i] - minX) / wx * bins));
            int cy = Math.min(bins - 1, (int) ((p.y()[i] - minY) / wy * bins));
            int seg = labels[i] < 0 ? k : labels[i];
            counts[seg][cy * bins + cx]++;
        }
        return new DensityGrid(bins, minX, maxX, minY, maxY, counts);
    }
}
