package io.safesegment.ui.campaign;

import io.safesegment.ui.common.chart.Palette;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A resizable canvas with a plot area, axis titles (with units) and a legend to the right, outside the plot. The
 * Campaigns charts have a handful of series, so a canvas redraw on resize is cheap and no chart library is needed.
 */
final class ChartPane extends Pane {
    /** One series: its name and y values at x = 1..n (a curve), or one interval per row (intervals). */
    record Series(String name, double[] values) {
    }

    /** One row of an interval chart. */
    record Row(String label, double value, double low, double high) {
    }

    private static final double LEGEND_WIDTH = 150;
    private final Canvas canvas = new Canvas();
    private String xTitle = "";
    private String yTitle = "";
    private List<Series> curves = List.of();
    private List<Row> rows = List.of();
    private double xMax = 1;

    ChartPane() {
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        setMinSize(200, 160);
        setPrefSize(600, 280);
    }

    /** Shows learning curves; x runs to {@code xMax} (e.g. episodes). */
    void showCurves(List<Series> series, double xMax, String xTitle, String yTitle) {
        this.curves = List.copyOf(series);
        this.rows = List.of();
        this.xMax = xMax;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        draw();
    }

    /** Shows one horizontal interval per row, values as fractions drawn in percent. */
    void showIntervals(List<Row> rows, String xTitle) {
        this.rows = List.copyOf(rows);
        this.curves = List.of();
        this.xTitle = xTitle;
        this.yTitle = "";
        draw();
    }

    List<Series> curves() {
        return curves;
    }

    List<Row> rows() {
        return rows;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFont(Font.font(11));
        double left = rows.isEmpty() ? 64 : 110;
        double right = w - (curves.isEmpty() ? 16 : LEGEND_WIDTH);
        double top = 12;
        double bottom = h - 40;
        if (right - left < 40 || bottom - top < 40 || curves.isEmpty() && rows.isEmpty()) {
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : curves) {
            for (double v : s.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (Row r : rows) {
            lo = Math.min(lo, r.low());
            hi = Math.max(hi, r.high());
        }
        lo = Math.min(lo, 0);
        hi = hi <= lo ? lo + 1 : hi + (hi - lo) * 0.05;
        g.setStroke(Color.GRAY);
        g.setLineWidth(1);
        g.strokeLine(left, bottom, right, bottom);
        g.strokeLine(left, top, left, bottom);
        g.setFill(Color.GRAY);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(xTitle, (left + right) / 2, bottom + 20);
        if (rows.isEmpty()) {
            drawCurves(g, left, right, top, bottom, lo, hi);
        } else {
            drawRows(g, left, right, top, bottom, lo, hi);
        }
    }

    private void drawCurves(GraphicsContext g, double left, double right, double top, double bottom, double lo,
                            double hi) {
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(String.format(Locale.ROOT, "%.1f", hi), left - 4, top);
        g.fillText(String.format(Locale.ROOT, "%.1f", lo), left - 4, bottom);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("0", left, bottom + 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(String.format(Locale.ROOT, "%.0f", xMax), right, bottom + 4);
        g.save();
        g.translate(12, (top + bottom) / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(yTitle, 0, 0);
        g.restore();
        for (int i = 0; i < curves.size(); i++) {
            Series s = curves.get(i);
            Color c = Palette.color(i);
            g.setStroke(c);
            g.setLineWidth(2);
            int n = s.values().length;
            for (int k = 1; k < n; k++) {
                g.strokeLine(x(k - 1, n, left, right), y(s.values()[k - 1], lo, hi, top, bottom), x(k, n, left, right),
                        y(s.values()[k], lo, hi, top, bottom));
            }
            double ly = top + 16 * i;
            g.strokeLine(right + 10, ly + 6, right + 28, ly + 6);
            g.setFill(Color.GRAY);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(s.name(), right + 32, ly);
        }
    }

    private void drawRows(GraphicsContext g, double left, double right, double top, double bottom, double lo,
                          double hi) {
        double band = (bottom - top) / rows.size();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format(Locale.ROOT, "%.1f%%", 100 * lo), left, bottom + 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(String.format(Locale.ROOT, "%.1f%%", 100 * hi), right, bottom + 4);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double cy = top + band * (i + 0.5);
            double xl = left + (r.low() - lo) / (hi - lo) * (right - left);
            double xh = left + (r.high() - lo) / (hi - lo) * (right - left);
            double xv = left + (r.value() - lo) / (hi - lo) * (right - left);
            Color c = Palette.color(i);
            g.setStroke(c);
            g.setLineWidth(2);
            g.strokeLine(xl, cy, xh, cy);
            g.strokeLine(xl, cy - 5, xl, cy + 5);
            g.strokeLine(xh, cy - 5, xh, cy + 5);
            g.setFill(c);
            g.fillOval(xv - 4, cy - 4, 8, 8);
            g.setFill(Color.GRAY);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(r.label(), left - 6, cy);
        }
    }

    private static double x(int k, int n, double left, double right) {
        return left + (n <= 1 ? 0 : (double) k / (n - 1)) * (right - left);
    }

    private static double y(double v, double lo, double hi, double top, double bottom) {
        return bottom - (v - lo) / (hi - lo) * (bottom - top);
    }
}
