package io.safesegment.ui.common.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The frame, tick marks, tick labels and axis titles of a scatter plot. The titles come from {@link ScatterData}
 * and carry the unit ("recency_days (days)"); ticks are round values in the data's own units.
 */
final class ScatterAxes {
    /** Pixels left of the plot for the y tick labels and the vertical title. */
    static final double LEFT = 58;
    /** Pixels above the plot. */
    static final double TOP = 14;
    /** Pixels below the plot for the x tick labels and the horizontal title. */
    static final double BOTTOM = 46;
    private static final Font TICK_FONT = Font.font(11);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 12);

    private ScatterAxes() {
    }

    /** Draws frame, ticks and (when there is data) the titles below and left of the plot rectangle. */
    static void draw(GraphicsContext g, ScatterViewport v, ChartColours colours, ScatterData data) {
        double left = v.left();
        double top = v.top();
        double right = left + v.width();
        double bottom = top + v.height();
        g.setStroke(colours.axis());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, v.width() - 1, v.height() - 1);
        g.setFill(colours.text());
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : ticks(v.viewX0(), v.viewX1())) {
            double sx = v.screenX(t);
            if (sx >= left && sx <= right) {
                g.strokeLine(Math.round(sx) + 0.5, bottom, Math.round(sx) + 0.5, bottom + 4);
                g.fillText(tickText(t), sx, bottom + 6);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : ticks(v.viewY0(), v.viewY1())) {
            double sy = v.screenY(t);
            if (sy >= top && sy <= bottom) {
                g.strokeLine(left - 4, Math.round(sy) + 0.5, left, Math.round(sy) + 0.5);
                g.fillText(tickText(t), left - 7, sy);
            }
        }
        if (data == null) {
            return;
        }
        g.setFont(TITLE_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(data.xLabel(), left + v.width() / 2, bottom + BOTTOM - 4);
        g.save();
        g.translate(14, top + v.height() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(data.yLabel(), 0, 0);
        g.restore();
    }

    /** Round tick values between {@code lo} and {@code hi} (about six of them). */
    static double[] ticks(double lo, double hi) {
        double span = hi - lo;
        if (!(span > 0) || !Double.isFinite(span)) {
            return new double[0];
        }
        double raw = span / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude >= 5 ? 10 * magnitude : raw / magnitude >= 2 ? 5 * magnitude
                : raw / magnitude >= 1 ? 2 * magnitude : magnitude;
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi && out.size() < 50; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String tickText(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e6) {
            return String.format("%,d", (long) t);
        }
        return Math.abs(t) >= 100 ? String.format("%.0f", t) : String.format("%.2g", t);
    }
}
