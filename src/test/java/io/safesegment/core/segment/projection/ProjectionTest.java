package io.safesegment.core.segment.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.task.Progress;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    @Test
    void jacobiFindsHandEigenpairs() {
        SymmetricEigen e = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
        assertArrayEquals(new double[] {3, 1}, e.values(), 1e-12);
        assertEquals(Math.abs(e.vectors()[0][0]), Math.sqrt(0.5), 1e-12);
        assertEquals(Math.abs(e.vectors()[1][0]), Math.sqrt(0.5), 1e-12);
    }

    @Test
    void eigenvectorsSatisfyTheDefinitionOnRandomMatrices() {
        Random r = new Random(11);
        for (int t = 0; t < 20; t++) {
            int d = 2 + r.nextInt(6);
            double[][] a = new double[d][d];
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    a[i][j] = a[j][i] = r.nextGaussian();
                }
            }
            SymmetricEigen e = SymmetricEigen.of(a);
            for (int c = 0; c < d; c++) {
                for (int i = 0; i < d; i++) {
                    double av = 0;
                    for (int j = 0; j < d; j++) {
                        av += a[i][j] * e.vectors()[j][c];
                    }
                    assertEquals(e.values()[c] * e.vectors()[i][c], av, 1e-9);
                }
            }
        }
    }

    @Test
    void pointsOnALineProjectOntoTheFirstAxis() {
        double[] xs = {-2, -1, 0, 1, 2};
        double[] ys = Arrays.stream(xs).map(v -> 2 * v).toArray();
        Projection p = Pca2d.project(new double[][] {xs, ys}, Progress.NONE);
        assertEquals(1.0, p.explainedVariance()[0], 1e-12);
        assertEquals(0.0, p.explainedVariance()[1], 1e-12);
        assertArrayEquals(new double[] {1 / Math.sqrt(5), 2 / Math.sqrt(5)}, p.axes()[0], 1e-12);
        assertEquals((float) (2 * Math.sqrt(5)), p.x()[4], 1e-5);
        for (float y : p.y()) {
            assertEquals(0, y, 1e-5);
        }
    }

    @Test
    void densityGridCountsEveryPointOnce() {
        Projection p = new Projection(new float[] {0, 1, 1, 0.5f}, new float[] {0, 1, 0, 0.5f}, new double[2],
                new double[2][2]);
        DensityGrid g = DensityGrid.of(p, new int[] {0, 1, -1, 0}, 2, 2);
        assertEquals(1, g.counts()[0][0]); // (0,0) bottom-left
        assertEquals(1, g.counts()[0][3]); // (0.5,0.5) falls into the upper-right cell
        assertEquals(1, g.counts()[1][3]);
        assertEquals(1, g.counts()[2][1]); // noise at (1,0)
    }
}
