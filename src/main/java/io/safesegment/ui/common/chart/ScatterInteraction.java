package io.safesegment.ui.common.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;

/**
 * What the mouse does on a scatter plot: the wheel zooms around the pointer (or scrolls the legend when over it),
 * drag pans, double-click resets, Shift+drag draws a lasso that selects the points inside it, and hovering shows
 * the nearest point's description in a tooltip (found through a {@link SpatialGrid}).
 */
final class ScatterInteraction {
    private static final double HOVER_PIXELS = 8;

    /**
     * What the interaction asks of the plot it belongs to.
     *
     * @param data         the data shown, or null
     * @param viewChanged  the visible range changed: draw the points again
     * @param marksChanged only the marks over the points changed (lasso, selection, legend scroll)
     * @param resetView    double-click: show all points
     */
    record Plot(Supplier<ScatterData> data, Runnable viewChanged, Runnable marksChanged, Runnable resetView) {
    }

    private final Canvas canvas;
    private final ScatterViewport viewport;
    private final ScatterLegend legend;
    private final Plot plot;
    private final Tooltip tooltip = new Tooltip();
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(this, "selection", new int[0]);
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hovered", -1);
    private final List<double[]> lasso = new ArrayList<>();
    private SpatialGrid grid;
    private boolean lassoing;
    private double pressX;
    private double pressY;
    private double[] pressView;

    ScatterInteraction(Canvas canvas, ScatterViewport viewport, ScatterLegend legend, Plot plot) {
        this.canvas = canvas;
        this.viewport = viewport;
        this.legend = legend;
        this.plot = plot;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                plot.resetView().run();
            }
        });
    }

    /** New data: a new hover index, no lasso, no selection. */
    void reset(ScatterData data) {
        grid = data == null ? null : new SpatialGrid(data.x(), data.y());
        lasso.clear();
        selection.set(new int[0]);
    }

    ReadOnlyObjectProperty<int[]> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Selects the points inside a polygon given in data coordinates. */
    void selectPolygon(double[] dataXs, double[] dataYs) {
        lasso.clear();
        for (int i = 0; i < dataXs.length; i++) {
            lasso.add(new double[] {dataXs[i], dataYs[i]});
        }
        finishLasso();
    }

    void clearSelection() {
        lasso.clear();
        selection.set(new int[0]);
        plot.marksChanged().run();
    }

    /** The point within a few pixels of the screen position, or −1. */
    int pointNear(double sx, double sy) {
        if (grid == null) {
            return -1;
        }
        return grid.nearest(viewport.dataX(sx), viewport.dataY(sy), viewport.scaleX(), viewport.scaleY(),
                HOVER_PIXELS);
    }

    /** The lasso, dashed while it is drawn and filled once closed, clipped to the plot. */
    void drawLasso(GraphicsContext g) {
        if (lasso.size() < 2) {
            return;
        }
        double[] xs = new double[lasso.size()];
        double[] ys = new double[lasso.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = viewport.screenX(lasso.get(i)[0]);
            ys[i] = viewport.screenY(lasso.get(i)[1]);
        }
        g.save();
        g.beginPath();
        g.rect(viewport.left(), viewport.top(), viewport.width(), viewport.height());
        g.clip();
        g.setFill(Color.rgb(37, 99, 235, 0.08));
        if (!lassoing) {
            g.fillPolygon(xs, ys, xs.length);
        }
        g.setStroke(Color.rgb(37, 99, 235, 0.9));
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        if (lassoing) {
            g.strokePolyline(xs, ys, xs.length);
        } else {
            g.strokePolygon(xs, ys, xs.length);
        }
        g.restore();
    }

    private void onScroll(ScrollEvent e) {
        if (plot.data().get() == null || e.getDeltaY() == 0) {
            return;
        }
        if (legend.contains(e.getX(), e.getY())) {
            if (legend.scroll(e.getDeltaY() > 0 ? -1 : 1)) {
                plot.marksChanged().run();
            }
        } else {
            viewport.zoom(Math.exp(-e.getDeltaY() * 0.004), e.getX(), e.getY());
            plot.viewChanged().run();
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || plot.data().get() == null) {
            return;
        }
        hideTooltip();
        pressX = e.getX();
        pressY = e.getY();
        lassoing = e.isShiftDown();
        if (lassoing) {
            lasso.clear();
            lasso.add(new double[] {viewport.dataX(e.getX()), viewport.dataY(e.getY())});
            plot.marksChanged().run();
        } else {
            pressView = viewport.view();
        }
    }

    private void onDragged(MouseEvent e) {
        if (plot.data().get() == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (lassoing) {
            double[] last = lasso.getLast();
            if (Math.hypot(viewport.screenX(last[0]) - e.getX(), viewport.screenY(last[1]) - e.getY()) >= 3) {
                lasso.add(new double[] {viewport.dataX(e.getX()), viewport.dataY(e.getY())});
                plot.marksChanged().run();
            }
        } else if (pressView != null) {
            viewport.panFrom(pressView, e.getX() - pressX, e.getY() - pressY);
            plot.viewChanged().run();
        }
    }

    private void onReleased(MouseEvent e) {
        if (lassoing) {
            lassoing = false;
            finishLasso();
        }
        pressView = null;
    }

    private void finishLasso() {
        ScatterData data = plot.data().get();
        if (data == null || lasso.size() < 3) {
            lasso.clear();
            selection.set(new int[0]);
        } else {
            double[] xs = lasso.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = lasso.stream().mapToDouble(p -> p[1]).toArray();
            selection.set(Lasso.select(data.x(), data.y(), xs, ys));
        }
        plot.marksChanged().run();
    }

    private void onMoved(MouseEvent e) {
        int i = legend.contains(e.getX(), e.getY()) ? -1 : pointNear(e.getX(), e.getY());
        hovered.set(i);
        ScatterData data = plot.data().get();
        if (i < 0 || data == null || data.describe() == null) {
            hideTooltip();
            return;
        }
        tooltip.setText(data.describe().apply(i));
        if (canvas.getScene() != null && canvas.getScene().getWindow() != null
                && canvas.getScene().getWindow().isShowing()) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    private void hideTooltip() {
        if (tooltip.isShowing()) {
            tooltip.hide();
        }
    }
}
