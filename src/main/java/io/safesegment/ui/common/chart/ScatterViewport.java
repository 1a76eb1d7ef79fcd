package io.safesegment.ui.common.chart;

/**
 * Which part of the data a scatter plot shows and where on the canvas: the plot rectangle in canvas pixels, the data
 * bounds (all points plus a 5 % margin) and the visible data range, with the transforms between data and screen
 * coordinates and the zoom and pan operations. No drawing and no JavaFX, so it is testable on its own.
 */
public final class ScatterViewport {
    private double left;
    private double top;
    private double width = 1;
    private double height = 1;
    private double boundsX0 = 0;
    private double boundsX1 = 1;
    private double boundsY0 = 0;
    private double boundsY1 = 1;
    private double viewX0 = 0;
    private double viewX1 = 1;
    private double viewY0 = 0;
    private double viewY1 = 1;

    /** Places the plot rectangle on the canvas (pixels); sizes below one pixel count as one. */
    public void setPlotArea(double plotLeft, double plotTop, double plotWidth, double plotHeight) {
        left = plotLeft;
        top = plotTop;
        width = Math.max(1, plotWidth);
        height = Math.max(1, plotHeight);
    }

    /** Sets the data bounds to all points of {@code x}, {@code y} plus a margin (0..1 when there are none). */
    public void fitBounds(float[] x, float[] y) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            x0 = Math.min(x0, x[i]);
            x1 = Math.max(x1, x[i]);
            y0 = Math.min(y0, y[i]);
            y1 = Math.max(y1, y[i]);
        }
        if (!(x1 >= x0)) {
            x0 = 0;
            x1 = 1;
            y0 = 0;
            y1 = 1;
        }
        double padX = Math.max((x1 - x0) * 0.05, 1e-6);
        double padY = Math.max((y1 - y0) * 0.05, 1e-6);
        boundsX0 = x0 - padX;
        boundsX1 = x1 + padX;
        boundsY0 = y0 - padY;
        boundsY1 = y1 + padY;
    }

    /** Shows the whole data bounds again. */
    public void reset() {
        viewX0 = boundsX0;
        viewX1 = boundsX1;
        viewY0 = boundsY0;
        viewY1 = boundsY1;
    }

    /** Multiplies the visible range by {@code factor} (< 1 zooms in), keeping the data point under the screen point. */
    public void zoom(double factor, double screenX, double screenY) {
        double fx = dataX(screenX);
        double fy = dataY(screenY);
        viewX0 = fx + (viewX0 - fx) * factor;
        viewX1 = fx + (viewX1 - fx) * factor;
        viewY0 = fy + (viewY0 - fy) * factor;
        viewY1 = fy + (viewY1 - fy) * factor;
    }

    /** The visible range {x0, x1, y0, y1}, to pan from with {@link #panFrom}. */
    public double[] view() {
        return new double[] {viewX0, viewX1, viewY0, viewY1};
    }

    /** Shows {@code start} (from {@link #view()}) moved by a mouse drag of ({@code dx}, {@code dy}) pixels. */
    public void panFrom(double[] start, double dx, double dy) {
        double ddx = dx / width * (start[1] - start[0]);
        double ddy = dy / height * (start[3] - start[2]);
        viewX0 = start[0] - ddx;
        viewX1 = start[1] - ddx;
        viewY0 = start[2] + ddy;
        viewY1 = start[3] + ddy;
    }

    /** Screen x (canvas pixels) of data x. */
    public double screenX(double x) {
        return left + (x - viewX0) / (viewX1 - viewX0) * width;
    }

    /** Screen y (canvas pixels) of data y; y grows upwards in the data. */
    public double screenY(double y) {
        return top + (viewY1 - y) / (viewY1 - viewY0) * height;
    }

    /** Data x of a screen x. */
    public double dataX(double sx) {
        return viewX0 + (sx - left) / width * (viewX1 - viewX0);
    }

    /** Data y of a screen y. */
    public double dataY(double sy) {
        return viewY1 - (sy - top) / height * (viewY1 - viewY0);
    }

    /** Pixels per data unit, horizontally. */
    public double scaleX() {
        return width / (viewX1 - viewX0);
    }

    /** Pixels per data unit, vertically. */
    public double scaleY() {
        return height / (viewY1 - viewY0);
    }

    /** Whether a screen point lies on the plot rectangle (edges included). */
    public boolean contains(double sx, double sy) {
        return sx >= left && sx <= left + width && sy >= top && sy <= top + height;
    }

    /** Left edge of the plot rectangle. */
    public double left() {
        return left;
    }

    /** Top edge of the plot rectangle. */
    public double top() {
        return top;
    }

    /** Width of the plot rectangle (at least one pixel). */
    public double width() {
        return width;
    }

    /** Height of the plot rectangle (at least one pixel). */
    public double height() {
        return height;
    }

    /** Lowest visible data x. */
    public double viewX0() {
        return viewX0;
    }

    /** Highest visible data x. */
    public double viewX1() {
        return viewX1;
    }

    /** Lowest visible data y. */
    public double viewY0() {
        return viewY0;
    }

    /** Highest visible data y. */
    public double viewY1() {
        return viewY1;
    }
}
