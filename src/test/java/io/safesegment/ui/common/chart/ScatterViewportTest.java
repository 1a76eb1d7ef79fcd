package io.safesegment.ui.common.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Data ↔ screen transforms, zoom and pan of the scatter plot, without the JavaFX toolkit. */
class ScatterViewportTest {
    private static ScatterViewport viewport() {
        ScatterViewport v = new ScatterViewport();
        v.setPlotArea(58, 14, 400, 300);
        v.fitBounds(new float[] {0, 10}, new float[] {-5, 5});
        v.reset();
        return v;
    }

    @Test
    void boundsHaveAMarginAndYGrowsUpwards() {
        ScatterViewport v = viewport();
        assertEquals(-0.5, v.viewX0(), 1e-9);
        assertEquals(10.5, v.viewX1(), 1e-9);
        assertTrue(v.screenY(5) < v.screenY(-5), "higher values are drawn higher");
        assertTrue(v.contains(v.screenX(0), v.screenY(-5)));
        assertTrue(v.contains(v.screenX(10), v.screenY(5)));
        assertEquals(3.25, v.dataX(v.screenX(3.25)), 1e-9);
        assertEquals(-1.5, v.dataY(v.screenY(-1.5)), 1e-9);
        assertFalse(v.contains(57, 100), "left of the plot rectangle");
    }

    @Test
    void zoomKeepsThePointUnderTheMouseAndPanMovesByThePixelsDragged() {
        ScatterViewport v = viewport();
        double sx = v.screenX(7);
        double sy = v.screenY(2);
        v.zoom(0.5, sx, sy);
        assertEquals(7, v.dataX(sx), 1e-9);
        assertEquals(2, v.dataY(sy), 1e-9);
        assertEquals(5.5, v.viewX1() - v.viewX0(), 1e-9, "half the range");
        double[] start = v.view();
        double before = v.dataX(100);
        v.panFrom(start, 40, 0);
        assertEquals(before, v.dataX(140), 1e-9, "the data under the mouse follows the drag");
        v.reset();
        assertEquals(-0.5, v.viewX0(), 1e-9);
    }

    @Test
    void noPointsGiveAUnitBoxAndOnePointAUsableRange() {
        ScatterViewport v = new ScatterViewport();
        v.setPlotArea(0, 0, 0, 0);
        v.fitBounds(new float[0], new float[0]);
        v.reset();
        assertTrue(Double.isFinite(v.screenX(0.5)), "a zero-size plot still transforms");
        v.fitBounds(new float[] {3}, new float[] {3});
        v.reset();
        assertTrue(v.viewX1() > v.viewX0());
    }
}
