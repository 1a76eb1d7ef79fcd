package io.safesegment.ui.common.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lasso point-in-polygon selection and the spatial grid's nearest-point lookup, against brute force. */
class ChartGeometryTest {

    @Test
    void lassoSelectsPointsInsideAConcavePolygon() {
        // An L-shape: the notch (2..4, 2..4) is outside
        double[] vx = {0, 4, 4, 2, 2, 0};
        double[] vy = {0, 0, 2, 2, 4, 4};
        assertTrue(Lasso.contains(vx, vy, 1, 1));
        assertTrue(Lasso.contains(vx, vy, 1, 3));
        assertTrue(Lasso.contains(vx, vy, 3, 1));
        assertFalse(Lasso.contains(vx, vy, 3, 3), "the notch");
        assertFalse(Lasso.contains(vx, vy, 5, 1));
        float[] x = {1, 3, 3, 1, 5};
        float[] y = {1, 1, 3, 3, 1};
        assertArrayEquals(new int[] {0, 1, 3}, Lasso.select(x, y, vx, vy));
        assertEquals(0, Lasso.select(x, y, new double[] {0, 1}, new double[] {0, 1}).length, "two vertices select nothing");
    }

    @Test
    void nearestPointMatchesBruteForce() {
        Random rnd = new Random(12);
        int n = 20_000;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (rnd.nextGaussian() * 10);
            y[i] = (float) (rnd.nextGaussian() * 3);
        }
        SpatialGrid grid = new SpatialGrid(x, y);
        for (int q = 0; q < 500; q++) {
            double qx = rnd.nextGaussian() * 10;
            double qy = rnd.nextGaussian() * 3;
            double sx = 20;
            double sy = 50;
            double radius = 12;
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                double dx = (x[i] - qx) * sx;
                double dy = (y[i] - qy) * sy;
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            int expected = bestD <= radius * radius ? best : -1;
            int found = grid.nearest(qx, qy, sx, sy, radius);
            if (expected == -1) {
                assertEquals(-1, found, "query " + q);
            } else {
                double dx = (x[found] - qx) * sx;
                double dy = (y[found] - qy) * sy;
                assertEquals(bestD, dx * dx + dy * dy, 1e-6, "query " + q + " found a point at the same distance");
            }
        }
    }
}
