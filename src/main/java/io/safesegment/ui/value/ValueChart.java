package io.safesegment.ui.value;

import io.safesegment.ui.common.Theme;
import io.safesegment.ui.common.chart.ChartColours;
import io.safesegment.ui.common.chart.Palette;
import java.util.ArrayList;
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
 * A small Canvas chart for the Value section: lines, points or bars with axis titles (units in the titles) and the
 * legend to the right, outside the plot, so it never hides data. Redrawn on resize and theme change.
 */
public final class ValueChart extends Pane {
    private static final double LEFT = 58;
    private static final double BOTTOM = 44;
    private static final double TOP = 12;
    private static final double LEGEND = 150;

    /** How a series is drawn. */
    public enum Mode { LINE, POINTS, BARS }

    /** One series; {@code colour} is a palette index. */
    public record Series(String name, double[] x, double[] y, Mode mode, int colour, boolean dashed) {
    }

    private final Canvas canvas = new Canvas();
    private final List<Series> series = new ArrayList<>();
    private String xTitle = "";
    private String yTitle = "";
    private double[] range; // x0, x1, y0, y1 or null = from the data

    /** An empty chart. */
    public ValueChart() {
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(460, 280);
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
        sceneProperty().addListener((o, old, now) -> draw());
    }

    /** Replaces the content. */
    public void show(String xAxisTitle, String yAxisTitle, double[] fixedRange, List<Series> newSeries) {
        xTitle = xAxisTitle;
        yTitle = yAxisTitle;
        range = fixedRange;
        series.clear();
        series.addAll(newSeries);
        draw();
    }

    /** The series shown (for tests). */
    public List<Series> series() {
        return List.copyOf(series);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        ChartColours c = ChartColours.of(getScene() == null ? Theme.LIGHT : Theme.of(getScene()));
        g.setFill(Color.rgb((c.background() >> 16) & 0xFF, (c.background() >> 8) & 0xFF, c.background() & 0xFF));
        g.fillRect(0, 0, w, h);
        double pw = w - LEFT - LEGEND - 10;
        double ph = h - TOP - BOTTOM;
        if (pw < 40 || ph < 40) {
            return;
        }
        double[] r = range != null ? range : dataRange();
        g.setFont(Font.font(11));
        g.setStroke(c.axis());
        g.setLineWidth(1);
        g.strokeRect(LEFT, TOP, pw, ph);
        g.setFill(c.text());
        g.setTextBaseline(VPos.TOP);
        int steps = pw >= 300 ? 4 : 2; // fewer x ticks on a narrow plot, so their labels never overlap
        for (int i = 0; i <= steps; i++) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(tick(r[0] + (r[1] - r[0]) * i / steps), LEFT + pw * i / steps, TOP + ph + 4);
        }
        for (int i = 0; i <= 4; i++) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(tick(r[2] + (r[3] - r[2]) * i / 4), LEFT - 4, TOP + ph - ph * i / 4 - 6);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(xTitle, LEFT + pw / 2, TOP + ph + 22);
        g.save();
        g.translate(12, TOP + ph / 2);
        g.rotate(-90);
        g.fillText(yTitle, 0, -8);
        g.restore();
        double barWidth = pw / Math.max(1, series.stream().mapToInt(s -> s.x().length).max().orElse(1)) * 0.8;
        for (Series s : series) {
            Color col = Palette.color(s.colour());
            g.setStroke(col);
            g.setFill(col);
            g.setLineWidth(2);
            g.setLineDashes(s.dashed() ? new double[] {6, 4} : null);
            double px = 0;
            double py = 0;
            for (int i = 0; i < s.x().length; i++) {
                double x = LEFT + pw * (s.x()[i] - r[0]) / (r[1] - r[0]);
                double y = TOP + ph - ph * (s.y()[i] - r[2]) / (r[3] - r[2]);
                switch (s.mode()) {
                    case LINE -> {
                        if (i > 0) {
                            g.strokeLine(px, py, x, y);
                        }
                    }
                    case POINTS -> g.fillOval(x - 3.5, y - 3.5, 7, 7);
                    case BARS -> g.fillRect(x - barWidth / 2, y, barWidth, TOP + ph - y);
                }
                px = x;
                py = y;
            }
            g.setLineDashes((double[]) null);
        }
        double ly = TOP;
        g.setTextAlign(TextAlignment.LEFT);
        for (Series s : series) { // the legend, right of the plot
            g.setFill(Palette.color(s.colour()));
            g.fillRect(LEFT + pw + 14, ly + 3, 12, 8);
            g.setFill(c.text());
            g.fillText(s.name(), LEFT + pw + 30, ly, LEGEND - 24);
            ly += 18;
        }
    }

    private double[] dataRange() {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                x0 = Math.min(x0, s.x()[i]);
                x1 = Math.max(x1, s.x()[i]);
                y1 = Math.max(y1, s.y()[i]);
            }
        }
        if (!Double.isFinite(x0)) {
            return new double[] {0, 1, 0, 1};
        }
        boolean bars = series.stream().anyMatch(s -> s.mode() == Mode.BARS);
        double pad = bars ? Math.max(0.5, (x1 - x0) * 0.05) : 0;
        double from = x0 >= 0 && x0 - pad < 0 ? 0 : x0 - pad; // amounts and counts start at 0, not below
        return new double[] {from, x1 == x0 ? x0 + 1 : x1 + pad, 0, y1 <= 0 ? 1 : y1 * 1.1};
    }

    private static String tick(double v) {
        double a = Math.abs(v);
        return a >= 10_000 ? String.format(Locale.ROOT, "%.0fk", v / 1000)
                : a >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
