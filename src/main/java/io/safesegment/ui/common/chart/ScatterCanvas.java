package io.safesegment.ui.common.chart;

import io.safesegment.ui.common.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javax.imageio.ImageIO;

/**
 * A scatter plot for up to millions of points on one {@link Canvas}. This class puts the parts together and keeps
 * the drawing going: {@link ScatterViewport} (data ↔ screen, zoom, pan), {@link ScatterRenderer} (points into a
 * pixel buffer, first a sample, then the rest in chunks on the next animation pulses), {@link ScatterAxes} (ticks
 * and titles with units), {@link ScatterMarks} (centroids, selected points), {@link ScatterLegend} (in a gutter
 * outside the plot) and {@link ScatterInteraction} (zoom, pan, lasso, hover).
 */
public final class ScatterCanvas extends Region {
    /** Points drawn in the first frame; the rest follow in chunks of {@link #CHUNK}. */
    public static final int FIRST_FRAME_SAMPLE = 40_000;
    /** Points added per animation pulse. */
    public static final int CHUNK = 250_000;

    private final Canvas canvas = new Canvas();
    private final ScatterViewport viewport = new ScatterViewport();
    private final ScatterRenderer renderer = new ScatterRenderer();
    private final ScatterLegend legend = new ScatterLegend();
    private final ScatterInteraction interaction;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drawChunk(CHUNK);
            composite();
        }
    };
    private final ReadOnlyBooleanWrapper renderComplete = new ReadOnlyBooleanWrapper(this, "renderComplete");
    private ScatterData data;
    private ChartColours colours = ChartColours.LIGHT;
    private int centroidsDrawn;

    /** An empty plot; call {@link #setData}. */
    public ScatterCanvas() {
        getStyleClass().add("scatter-canvas");
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(640, 480);
        interaction = new ScatterInteraction(canvas, viewport, legend,
                new ScatterInteraction.Plot(() -> data, this::render, this::composite, this::resetView));
        sceneProperty().addListener((obs, old, now) -> followTheme(now));
    }

    /** Redraws in the scene's theme now and whenever its style sheets change (the user switches theme). */
    private void followTheme(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getStylesheets().addListener((ListChangeListener<String>) c -> applyColours(Theme.of(scene)));
        applyColours(Theme.of(scene));
    }

    private void applyColours(Theme theme) {
        ChartColours next = ChartColours.of(theme);
        if (next != colours) {
            colours = next;
            render();
        }
    }

    /** The colours the plot is drawn in (follows the scene's theme). */
    public ChartColours colours() {
        return colours;
    }

    /** The canvas the plot is drawn on (tests drive its mouse handlers). */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            placePlot();
            render();
        }
    }

    /** The legend claims its gutter first; the plot gets the rest of the canvas. */
    private void placePlot() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        legend.layout(w, h);
        viewport.setPlotArea(ScatterAxes.LEFT, ScatterAxes.TOP, w - ScatterAxes.LEFT - legend.rightGutter(),
                h - ScatterAxes.TOP - ScatterAxes.BOTTOM - legend.bottomGutter());
    }

    /** Shows {@code newData} (or an empty plot for null), resets zoom and selection, and starts drawing. */
    public void setData(ScatterData newData) {
        data = newData;
        interaction.reset(newData);
        renderer.prepare(newData == null ? 0 : newData.x().length);
        viewport.fitBounds(newData == null ? new float[0] : newData.x(), newData == null ? new float[0] : newData.y());
        legend.measure(newData);
        placePlot();
        resetView();
    }

    /** The data shown, or null. */
    public ScatterData data() {
        return data;
    }

    /** Zooms back to all points. */
    public void resetView() {
        viewport.reset();
        render();
    }

    /** Multiplies the visible range by {@code factor} (< 1 zooms in), keeping the data point under the screen point. */
    public void zoom(double factor, double screenX, double screenY) {
        viewport.zoom(factor, screenX, screenY);
        render();
    }

    /** Selects the points inside a polygon given in data coordinates. */
    public void selectPolygon(double[] dataXs, double[] dataYs) {
        interaction.selectPolygon(dataXs, dataYs);
    }

    /** Clears the lasso and the selection. */
    public void clearSelection() {
        interaction.clearSelection();
    }

    /** Indices of the points inside the last lasso, ascending. */
    public ReadOnlyObjectProperty<int[]> selectionProperty() {
        return interaction.selectionProperty();
    }

    /** Index of the point under the mouse, or −1. */
    public ReadOnlyIntegerProperty hoveredProperty() {
        return interaction.hoveredProperty();
    }

    /** True once every point of the current view has been drawn. */
    public ReadOnlyBooleanProperty renderCompleteProperty() {
        return renderComplete.getReadOnlyProperty();
    }

    /** Palette indices (−1 = noise) of the points drawn so far in the current view. */
    public Set<Integer> drawnColourIndices() {
        return renderer.drawnColourIndices();
    }

    /** Centroid markers drawn in the last frame. */
    public int drawnCentroidCount() {
        return centroidsDrawn;
    }

    /** Points drawn so far in the current view (all of them once {@link #renderCompleteProperty()} is true). */
    public int drawnPoints() {
        return renderer.drawn();
    }

    /** The plot rectangle in canvas pixels: points are drawn only here. */
    public Bounds plotBounds() {
        return new BoundingBox(viewport.left(), viewport.top(), viewport.width(), viewport.height());
    }

    /** The legend box in canvas pixels (empty without segments); it never overlaps {@link #plotBounds()}. */
    public Bounds legendBounds() {
        return legend.bounds();
    }

    /** Draws whatever is still missing right now instead of over the next pulses (benchmarks, exports). */
    public void finishRendering() {
        timer.stop();
        drawChunk(Integer.MAX_VALUE);
        composite();
    }

    /** The plot as PNG bytes (rendering finished first, so the image holds every point). */
    public byte[] snapshotPng() {
        finishRendering();
        WritableImage snapshot = canvas.snapshot(null, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(snapshot, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(buffered, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the plot as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Screen x (canvas pixels) of data x. */
    public double screenX(double x) {
        return viewport.screenX(x);
    }

    /** Screen y (canvas pixels) of data y; y grows upwards in the data. */
    public double screenY(double y) {
        return viewport.screenY(y);
    }

    /** Data x of a screen x. */
    public double dataX(double sx) {
        return viewport.dataX(sx);
    }

    /** Data y of a screen y. */
    public double dataY(double sy) {
        return viewport.dataY(sy);
    }

    /** The point within a few pixels of the screen position, or −1. */
    public int pointNear(double sx, double sy) {
        return interaction.pointNear(sx, sy);
    }

    /** Starts a new drawing of the current view: the first frame now, the rest on the next pulses. */
    private void render() {
        timer.stop();
        if (!renderer.begin((int) canvas.getWidth(), (int) canvas.getHeight(), colours, viewport)) {
            return;
        }
        renderComplete.set(false);
        drawChunk(FIRST_FRAME_SAMPLE);
        composite();
        if (!renderComplete.get()) {
            timer.start();
        }
    }

    private void drawChunk(int budget) {
        if (renderer.drawChunk(data, viewport, budget)) {
            timer.stop();
            renderComplete.set(true);
        }
    }

    /** Puts the points on the canvas and draws axes, selection, centroids, lasso and legend over them. */
    private void composite() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (!renderer.paint(g)) {
            return;
        }
        ScatterAxes.draw(g, viewport, colours, data);
        ScatterMarks.drawSelection(g, viewport, colours, data, interaction.selectionProperty().get());
        centroidsDrawn = ScatterMarks.drawCentroids(g, viewport, colours, data);
        interaction.drawLasso(g);
        legend.draw(g, colours);
    }
}
