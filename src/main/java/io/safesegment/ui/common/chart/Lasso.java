package io.safesegment.ui.common.chart;

import java.util.Arrays;

/** Point-in-polygon selection over projected points (even–odd rule, with a bounding-box pre-check). */
public final class Lasso {
    private Lasso() {
    }

    /** Whether ({@code px}, {@code py}) lies inside the polygon with vertices {@code vx}, {@code vy}. */
    public static boolean contains(double[] vx, double[] vy, double px, double py) {
        boolean inside = false;
        int n = vx.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((vy[i] > py) != (vy[j] > py)
                    && px < (vx[j] - vx[i]) * (py - vy[i]) / (vy[j] - vy[i]) + vx[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Indices of the points inside the polygon, ascending; empty for fewer than three vertices. */
    public static int[] select(float[] x, float[] y, double[] vx, double[] vy) {
        if (vx.length < 3 || vx.length != vy.length) {
            return new int[0];
        }
        double loX = Arrays.stream(vx).min().orElseThrow();
        double hiX = Arrays.stream(vx).max().orElseThrow();
        double loY = Arrays.stream(vy).min().orElseThrow();
        double hiY = Arrays.stream(vy).max().orElseThrow();
        int[] out = new int[16];
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < loX || x[i] > hiX || y[i] < loY || y[i] > hiY || !contains(vx, vy, x[i], y[i])) {
                continue;
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = i;
        }
        return Arrays.copyOf(out, count);
    }
}
