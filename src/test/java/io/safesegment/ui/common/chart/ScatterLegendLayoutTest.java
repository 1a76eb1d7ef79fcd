package io.safesegment.ui.common.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The legend lives outside the plot rectangle at every size: beside it on a wide canvas, below it on a narrow one,
 * in several columns or scrolling when there are many segments; no drawn point is ever under it.
 */
@ExtendWith(ApplicationExtension.class)
class ScatterLegendLayoutTest {
    private ScatterCanvas scatter;

    @Start
    void start(Stage stage) {
        scatter = new ScatterCanvas();
        stage.setScene(new Scene(new StackPane(scatter), 900, 600));
        stage.show();
    }

    @Test
    void wideCanvasPutsTheLegendRightOfThePlot() throws Exception {
        fx(() -> scatter.setData(segments(5, "Segment")));
        Bounds plot = fx(scatter::plotBounds);
        Bounds legend = fx(scatter::legendBounds);
        assertFalse(plot.intersects(legend), plot + " vs " + legend);
        assertTrue(legend.getMinX() >= plot.getMaxX(), "legend right of the plot");
        assertEveryPointInsideThePlot();
    }

    @Test
    void narrowCanvasPutsTheLegendBelowThePlot() throws Exception {
        fx(() -> {
            // The canvas is made small, not the stage: TestFX shares the stage with the other test classes.
            scatter.setMaxSize(420, 420);
            scatter.setData(segments(6, "细分群体"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds plot = fx(scatter::plotBounds);
        Bounds legend = fx(scatter::legendBounds);
        assertTrue(fx(() -> scatter.canvas().getWidth()) < ScatterLegend.RIGHT_GUTTER_MIN_WIDTH);
        assertFalse(plot.intersects(legend), plot + " vs " + legend);
        assertTrue(legend.getMinY() > plot.getMaxY(), "legend below the plot and its axis title");
        assertTrue(legend.getMaxY() <= fx(() -> scatter.canvas().getHeight()), "legend inside the canvas");
        assertEveryPointInsideThePlot();
    }

    @Test
    void manySegmentsWrapIntoColumnsAndScrollWithoutCoveringThePlot() throws Exception {
        fx(() -> scatter.setData(segments(60, "Customers who bought garden furniture")));
        Bounds plot = fx(scatter::plotBounds);
        Bounds legend = fx(scatter::legendBounds);
        assertFalse(plot.intersects(legend), plot + " vs " + legend);
        assertTrue(legend.getMaxY() <= fx(() -> scatter.canvas().getHeight()));
        assertTrue(plot.getWidth() > fx(() -> scatter.canvas().getWidth()) * 0.5, "the plot keeps most of the width");
        double before = fx(() -> scatter.dataX(plot.getMinX() + 10));
        // The wheel over the legend scrolls the legend, not the plot.
        fx(() -> scatter.canvas().fireEvent(scroll(legend.getCenterX(), legend.getCenterY(), -40)));
        assertEquals(before, fx(() -> scatter.dataX(plot.getMinX() + 10)), 1e-9, "no zoom from the legend");
        fx(() -> scatter.canvas().fireEvent(scroll(plot.getCenterX(), plot.getCenterY(), -40)));
        assertTrue(Math.abs(before - fx(() -> scatter.dataX(plot.getMinX() + 10))) > 1e-6, "wheel on the plot zooms");
    }

    private void assertEveryPointInsideThePlot() throws Exception {
        fx(() -> scatter.finishRendering());
        ScatterData data = scatter.data();
        Bounds plot = fx(scatter::plotBounds);
        Bounds legend = fx(scatter::legendBounds);
        int outside = fx(() -> {
            int count = 0;
            for (int i = 0; i < data.x().length; i++) {
                double sx = scatter.screenX(data.x()[i]);
                double sy = scatter.screenY(data.y()[i]);
                count += !plot.contains(sx, sy) || legend.contains(sx, sy) ? 1 : 0;
            }
            return count;
        });
        assertEquals(0, outside, "points outside the plot or under the legend");
        assertEquals(data.x().length, fx(scatter::drawnPoints));
    }

    /** A scroll event at canvas coordinates. */
    private static ScrollEvent scroll(double x, double y, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false, 0, deltaY,
                0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0,
                0, null);
    }

    /** {@code k} segments in a ring, points spread up to the corners of the data box. */
    private static ScatterData segments(int k, String name) {
        int perSegment = 40;
        int n = k * perSegment;
        float[] x = new float[n];
        float[] y = new float[n];
        int[] labels = new int[n];
        double[] cx = new double[k];
        double[] cy = new double[k];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            cx[c] = 50 + 40 * Math.cos(2 * Math.PI * c / k);
            cy[c] = 50 + 40 * Math.sin(2 * Math.PI * c / k);
            names.add(name + " " + (c + 1));
            for (int i = 0; i < perSegment; i++) {
                int p = c * perSegment + i;
                x[p] = (float) (cx[c] + (i % 7 - 3) * 1.5);
                y[p] = (float) (cy[c] + (i / 7 - 3) * 1.5);
                labels[p] = c;
            }
        }
        return new ScatterData(x, y, labels, names, cx, cy, "spend (CNY)", "orders (orders)", i -> "point " + i);
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
