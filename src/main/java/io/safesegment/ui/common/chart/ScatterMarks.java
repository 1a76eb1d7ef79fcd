package io.safesegment.ui.common.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/** Vector marks drawn over the points: one marker per segment centre and rings around selected points. */
final class ScatterMarks {
    /** Above this many selected points the rings would only blacken the plot, so none are drawn. */
    private static final int MAX_RINGS = 5_000;

    private ScatterMarks() {
    }

    /** Draws the centroid markers inside the plot; returns how many were drawn. */
    static int drawCentroids(GraphicsContext g, ScatterViewport v, ChartColours colours, ScatterData data) {
        if (data == null) {
            return 0;
        }
        int count = 0;
        for (int c = 0; c < data.segments(); c++) {
            double sx = v.screenX(data.centroidsX()[c]);
            double sy = v.screenY(data.centroidsY()[c]);
            if (!Double.isFinite(sx) || !Double.isFinite(sy) || !v.contains(sx, sy)) {
                continue;
            }
            g.setFill(colours.halo());
            g.fillOval(sx - 9, sy - 9, 18, 18);
            g.setFill(Palette.color(c));
            g.fillOval(sx - 7, sy - 7, 14, 14);
            g.setStroke(colours.ink());
            g.setLineWidth(1.5);
            g.strokeOval(sx - 9, sy - 9, 18, 18);
            g.setStroke(Color.WHITE);
            g.setLineWidth(2);
            g.setLineCap(StrokeLineCap.ROUND);
            g.strokeLine(sx - 4, sy, sx + 4, sy);
            g.strokeLine(sx, sy - 4, sx, sy + 4);
            count++;
        }
        return count;
    }

    /** Rings around the selected points that are inside the plot. */
    static void drawSelection(GraphicsContext g, ScatterViewport v, ChartColours colours, ScatterData data,
                              int[] selected) {
        if (data == null || selected.length == 0 || selected.length > MAX_RINGS) {
            return;
        }
        g.setStroke(colours.ink());
        g.setLineWidth(1);
        for (int i : selected) {
            double sx = v.screenX(data.x()[i]);
            double sy = v.screenY(data.y()[i]);
            if (v.contains(sx, sy)) {
                g.strokeOval(sx - 4, sy - 4, 8, 8);
            }
        }
    }
}
