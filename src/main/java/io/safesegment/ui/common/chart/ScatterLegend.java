package io.safesegment.ui.common.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The segment legend of a scatter plot, always in a gutter of its own outside the plot rectangle so it never hides
 * a point: right of the plot on a wide canvas, below the axis title on a narrow one. Many segments wrap into more
 * columns (up to 40 % of the width on the right, as many as fit below); what still does not fit scrolls with the
 * mouse wheel over the legend, with ▲/▼ showing that there is more.
 */
final class ScatterLegend {
    /** Below this canvas width the legend goes under the plot instead of beside it. */
    static final double RIGHT_GUTTER_MIN_WIDTH = 560;
    /** Margin right of the plot when the legend is not there. */
    static final double PLAIN_RIGHT = 16;
    private static final Font FONT = Font.font(11.5);
    private static final double ROW_H = 18;
    private static final double PAD = 6;
    private static final double GAP = 12;
    private static final int MAX_ROWS_BELOW = 3;

    private List<String> lines = List.of();
    private int segments;
    private double cellW;
    private boolean right;
    private int columns = 1;
    private int rowsTotal;
    private int rowsShown;
    private int offset;
    private double boxX;
    private double boxY;
    private double boxW;
    private double boxH;

    /** Legend text and cell width for {@code data}, computed once per data set (text measurement is not free). */
    void measure(ScatterData data) {
        lines = List.of();
        segments = 0;
        cellW = 0;
        offset = 0;
        if (data == null || data.segments() == 0) {
            return;
        }
        int[] sizes = data.sizes();
        int noise = data.x().length - Arrays.stream(sizes).sum();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < data.segments(); c++) {
            out.add(shorten(data.names().get(c)) + "  ·  " + String.format("%,d", sizes[c]));
        }
        if (noise > 0) {
            out.add("— " + String.format("%,d", noise));
        }
        double width = 0;
        for (String line : out) {
            Text t = new Text(line);
            t.setFont(FONT);
            width = Math.max(width, t.getLayoutBounds().getWidth());
        }
        lines = List.copyOf(out);
        segments = data.segments();
        cellW = width + 36;
    }

    /** Places the legend for a canvas of w × h; afterwards {@link #rightGutter} and {@link #bottomGutter} hold. */
    void layout(double w, double h) {
        int n = lines.size();
        if (n == 0) {
            boxW = 0;
            boxH = 0;
            return;
        }
        right = w >= RIGHT_GUTTER_MIN_WIDTH;
        int maxRows;
        if (right) {
            maxRows = Math.max(1, (int) ((h - ScatterAxes.TOP - ScatterAxes.BOTTOM - 2 * PAD) / ROW_H));
            int maxColumns = Math.max(1, (int) ((w * 0.4 - 2 * GAP) / cellW));
            columns = Math.clamp((n + maxRows - 1) / maxRows, 1, maxColumns);
        } else {
            maxRows = MAX_ROWS_BELOW;
            columns = Math.max(1, (int) ((w - ScatterAxes.LEFT - PLAIN_RIGHT) / cellW));
        }
        rowsTotal = (n + columns - 1) / columns;
        boolean scrolls = rowsTotal > maxRows;
        // A scrolling legend gives one row to the ▲/▼ hint.
        rowsShown = scrolls ? Math.max(1, maxRows - 1) : rowsTotal;
        offset = Math.clamp(offset, 0, rowsTotal - rowsShown);
        double visibleCellW = right ? cellW : Math.min(cellW, w - ScatterAxes.LEFT - PLAIN_RIGHT);
        boxW = columns * visibleCellW;
        boxH = (rowsShown + (scrolls ? 1 : 0)) * ROW_H + 2 * PAD;
        if (right) {
            boxX = w - GAP - boxW;
            boxY = ScatterAxes.TOP;
        } else {
            boxX = ScatterAxes.LEFT;
            boxY = h - boxH - 4;
        }
    }

    /** Pixels the legend takes right of the plot (the plain margin when it is below or absent). */
    double rightGutter() {
        return boxW > 0 && right ? boxW + 2 * GAP : PLAIN_RIGHT;
    }

    /** Pixels the legend takes below the axis title (0 when it is beside the plot or absent). */
    double bottomGutter() {
        return boxW > 0 && !right ? boxH + 8 : 0;
    }

    /** Where the legend box is on the canvas (empty when there is no legend). */
    Bounds bounds() {
        return new BoundingBox(boxX, boxY, boxW, boxH);
    }

    /** Whether a canvas point is on the legend. */
    boolean contains(double x, double y) {
        return boxW > 0 && x >= boxX && x <= boxX + boxW && y >= boxY && y <= boxY + boxH;
    }

    /** Rows that do not fit and are reached by scrolling. */
    int hiddenRows() {
        return rowsTotal - rowsShown;
    }

    /** Scrolls by {@code rows} (negative = up); true when the legend moved. */
    boolean scroll(int rows) {
        int next = Math.clamp(offset + rows, 0, Math.max(0, rowsTotal - rowsShown));
        boolean moved = next != offset;
        offset = next;
        return moved;
    }

    void draw(GraphicsContext g, ChartColours colours) {
        if (boxW <= 0) {
            return;
        }
        g.setFill(colours.legendFill());
        g.fillRoundRect(boxX, boxY, boxW, boxH, 8, 8);
        g.setStroke(colours.legendBorder());
        g.setLineWidth(1);
        g.strokeRoundRect(boxX + 0.5, boxY + 0.5, boxW - 1, boxH - 1, 8, 8);
        g.save();
        g.beginPath();
        g.rect(boxX, boxY, boxW, boxH);
        g.clip();
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double colW = boxW / columns;
        for (int r = 0; r < rowsShown; r++) {
            for (int c = 0; c < columns; c++) {
                int i = (offset + r) * columns + c;
                if (i >= lines.size()) {
                    break;
                }
                double x = boxX + c * colW;
                double cy = boxY + PAD + ROW_H * r + ROW_H / 2;
                g.setFill(i < segments ? Palette.color(i) : Palette.color(-1));
                g.fillOval(x + 10, cy - 5, 10, 10);
                g.setFill(colours.text());
                g.fillText(lines.get(i), x + 26, cy);
            }
        }
        if (hiddenRows() > 0) {
            double cy = boxY + PAD + ROW_H * rowsShown + ROW_H / 2;
            g.setFill(colours.text());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText((offset > 0 ? "▲ " : "") + (offset < hiddenRows() ? "▼" : ""), boxX + boxW / 2, cy);
        }
        g.restore();
    }

    private static String shorten(String name) {
        return name.length() <= 32 ? name : name.substring(0, 31) + "…";
    }
}
