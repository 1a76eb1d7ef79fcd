package io.safesegment.ui.common.chart;

/**
 * A uniform grid over 2-D points for nearest-point look-ups (hover tooltips): points are bucketed once by a
 * counting sort, and a query only visits the cells that overlap its search radius.
 */
public final class SpatialGrid {
    private final float[] x;
    private final float[] y;
    private final int cells;
    private final double minX;
    private final double minY;
    private final double cellW;
    private final double cellH;
    private final int[] start;
    private final int[] order;

    /** Buckets the points into about {@code n / 4} cells (at most 1024 × 1024). */
    public SpatialGrid(float[] x, float[] y) {
        this.x = x;
        this.y = y;
        int n = x.length;
        cells = (int) Math.max(1, Math.min(1024, Math.sqrt(n / 4.0)));
        double loX = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            loX = Math.min(loX, x[i]);
            hiX = Math.max(hiX, x[i]);
            loY = Math.min(loY, y[i]);
            hiY = Math.max(hiY, y[i]);
        }
        if (n == 0) {
            loX = 0;
            hiX = 1;
            loY = 0;
            hiY = 1;
        }
        minX = loX;
        minY = loY;
        cellW = Math.max(hiX - loX, 1e-12) / cells;
        cellH = Math.max(hiY - loY, 1e-12) / cells;
        start = new int[cells * cells + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cell(cx(x[i]), cy(y[i]));
            start[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cells * cells; c++) {
            start[c + 1] += start[c];
        }
        order = new int[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            order[fill[cellOf[i]]++] = i;
        }
    }

    private int cx(double v) {
        return Math.clamp((long) Math.floor((v - minX) / cellW), 0, cells - 1);
    }

    private int cy(double v) {
        return Math.clamp((long) Math.floor((v - minY) / cellH), 0, cells - 1);
    }

    private int cell(int cx, int cy) {
        return cy * cells + cx;
    }

    /**
     * The point nearest to ({@code qx}, {@code qy}) in the scaled distance {@code ((dx·sx)² + (dy·sy)²)}, within
     * {@code radius} (same scaled units), or −1. The scales let callers measure in screen pixels.
     */
    public int nearest(double qx, double qy, double sx, double sy, double radius) {
        int x0 = cx(qx - radius / sx);
        int x1 = cx(qx + radius / sx);
        int y0 = cy(qy - radius / sy);
        int y1 = cy(qy + radius / sy);
        int best = -1;
        double bestD = radius * radius;
        for (int gy = y0; gy <= y1; gy++) {
            for (int gx = x0; gx <= x1; gx++) {
                int c = cell(gx, gy);
                for (int p = start[c]; p < start[c + 1]; p++) {
                    int i = order[p];
                    double dx = (x[i] - qx) * sx;
                    double dy = (y[i] - qy) * sy;
                    double d = dx * dx + dy * dy;
                    if (d <= bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }
}
