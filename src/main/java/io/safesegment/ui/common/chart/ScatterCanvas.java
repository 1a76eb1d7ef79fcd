package io.safesegment.ui.common.chart;

import io.safesegment.ui.common.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javax.imageio.ImageIO;

/**
 * A scatter plot for up to millions of points on one {@link Canvas}: points are blended into an ARGB pixel buffer
 * (no scene-graph node per point). The first frame draws a random sample; an {@link AnimationTimer} then adds the
 * rest in chunks, so the plot appears at once and fills in. Centroids, legend, axes and the lasso are drawn on top.
 *
 * <p>Mouse: scroll zooms around the pointer, drag pans, double-click resets, Shift+drag draws a lasso that selects
 * the points inside it, hovering shows the nearest point's description (found through a {@link SpatialGrid}).
 */
public final class ScatterCanvas extends Region {
    /** Points drawn in the first frame; the rest follow in chunks of {@link #CHUNK}. */
    public static final int FIRST_FRAME_SAMPLE = 40_000;
    /** Points added per animation pulse. */
    public static final int CHUNK = 250_000;
    private static final double LEFT = 58;
    private static final double RIGHT = 16;
    private static final double TOP = 14;
    private static final double BOTTOM = 46;
    /** Below this canvas width the legend floats inside the plot instead of taking a gutter of its own. */
    private static final double GUTTER_MIN_WIDTH = 560;
    private static final Font LEGEND_FONT = Font.font(11.5);
    private static final double HOVER_PIXELS = 8;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drawChunk(CHUNK);
            composite();
        }
    };
    private final ReadOnlyBooleanWrapper renderComplete = new ReadOnlyBooleanWrapper(this, "renderComplete");
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(this, "selection", new int[0]);
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hovered", -1);

    private ScatterData data;
    private ChartColours colours = ChartColours.LIGHT;
    private List<String> legendLines = List.of();
    private double legendWidth;
    private int[] drawOrder = new int[0];
    private SpatialGrid grid;
    private double boundsX0 = 0;
    private double boundsX1 = 1;
    private double boundsY0 = 0;
    private double boundsY1 = 1;
    private double viewX0 = 0;
    private double viewX1 = 1;
    private double viewY0 = 0;
    private double viewY1 = 1;
    private int[] pixels = new int[0];
    private WritableImage image;
    private int bufferW;
    private int bufferH;
    private int drawn;
    private final boolean[] colourSeen = new boolean[Palette.size() + 1];
    private int centroidsDrawn;
    private float[] sprite = new float[0];
    private int spriteRadius;
    private double alpha;
    private final List<double[]> lasso = new ArrayList<>();
    private boolean lassoing;
    private double pressX;
    private double pressY;
    private double[] pressView;

    /** An empty plot; call {@link #setData}. */
    public ScatterCanvas() {
        getStyleClass().add("scatter-canvas");
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(640, 480);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        sceneProperty().addListener((obs, old, now) -> followTheme(now));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                resetView();
            }
        });
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
            render();
        }
    }

    /** Shows {@code newData} (or an empty plot for null), resets zoom and selection, and starts drawing. */
    public void setData(ScatterData newData) {
        data = newData;
        lasso.clear();
        selection.set(new int[0]);
        int n = newData == null ? 0 : newData.x().length;
        drawOrder = shuffledOrder(n);
        grid = newData == null ? null : new SpatialGrid(newData.x(), newData.y());
        computeBounds();
        prepareSprite(n);
        measureLegend();
        resetView();
    }

    /** The data shown, or null. */
    public ScatterData data() {
        return data;
    }

    /** Zooms back to all points. */
    public void resetView() {
        viewX0 = boundsX0;
        viewX1 = boundsX1;
        viewY0 = boundsY0;
        viewY1 = boundsY1;
        render();
    }

    /** Multiplies the visible range by {@code factor} (< 1 zooms in), keeping the data point under the screen point. */
    public void zoom(double factor, double screenX, double screenY) {
        double fx = dataX(screenX);
        double fy = dataY(screenY);
        viewX0 = fx + (viewX0 - fx) * factor;
        viewX1 = fx + (viewX1 - fx) * factor;
        viewY0 = fy + (viewY0 - fy) * factor;
        viewY1 = fy + (viewY1 - fy) * factor;
        render();
    }

    /** Selects the points inside a polygon given in data coordinates. */
    public void selectPolygon(double[] dataXs, double[] dataYs) {
        lasso.clear();
        for (int i = 0; i < dataXs.length; i++) {
            lasso.add(new double[] {dataXs[i], dataYs[i]});
        }
        finishLasso();
    }

    /** Clears the lasso and the selection. */
    public void clearSelection() {
        lasso.clear();
        selection.set(new int[0]);
        composite();
    }

    /** Indices of the points inside the last lasso, ascending. */
    public ReadOnlyObjectProperty<int[]> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Index of the point under the mouse, or −1. */
    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** True once every point of the current view has been drawn. */
    public ReadOnlyBooleanProperty renderCompleteProperty() {
        return renderComplete.getReadOnlyProperty();
    }

    /** Palette indices (−1 = noise) of the points drawn so far in the current view. */
    public Set<Integer> drawnColourIndices() {
        Set<Integer> out = new TreeSet<>();
        for (int c = 0; c < Palette.size(); c++) {
            if (colourSeen[c]) {
                out.add(c);
            }
        }
        if (colourSeen[Palette.size()]) {
            out.add(-1);
        }
        return Collections.unmodifiableSet(out);
    }

    /** Centroid markers drawn in the last frame. */
    public int drawnCentroidCount() {
        return centroidsDrawn;
    }

    /** Points drawn so far in the current view (all of them once {@link #renderCompleteProperty()} is true). */
    public int drawnPoints() {
        return drawn;
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
        return LEFT + (x - viewX0) / (viewX1 - viewX0) * plotW();
    }

    /** Screen y (canvas pixels) of data y; y grows upwards in the data. */
    public double screenY(double y) {
        return TOP + (viewY1 - y) / (viewY1 - viewY0) * plotH();
    }

    /** Data x of a screen x. */
    public double dataX(double sx) {
        return viewX0 + (sx - LEFT) / plotW() * (viewX1 - viewX0);
    }

    /** Data y of a screen y. */
    public double dataY(double sy) {
        return viewY1 - (sy - TOP) / plotH() * (viewY1 - viewY0);
    }

    /** The point within a few pixels of the screen position, or −1. */
    public int pointNear(double sx, double sy) {
        if (grid == null) {
            return -1;
        }
        double scaleX = plotW() / (viewX1 - viewX0);
        double scaleY = plotH() / (viewY1 - viewY0);
        return grid.nearest(dataX(sx), dataY(sy), scaleX, scaleY, HOVER_PIXELS);
    }

    private double plotW() {
        return Math.max(1, canvas.getWidth() - LEFT - rightMargin());
    }

    private double plotH() {
        return Math.max(1, canvas.getHeight() - TOP - BOTTOM);
    }

    private static int[] shuffledOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // A fixed seed: the same data always fills in the same way, and any prefix is a uniform random sample.
        SplittableRandom random = new SplittableRandom(20_240_601L);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private void computeBounds() {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        if (data != null) {
            for (int i = 0; i < data.x().length; i++) {
                x0 = Math.min(x0, data.x()[i]);
                x1 = Math.max(x1, data.x()[i]);
                y0 = Math.min(y0, data.y()[i]);
                y1 = Math.max(y1, data.y()[i]);
            }
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

    /** Anti-aliased disc coverage; smaller and fainter points as the count grows, so dense areas stay readable. */
    private void prepareSprite(int n) {
        double r = n <= 2_000 ? 3.6 : n <= 20_000 ? 2.6 : n <= 200_000 ? 1.7 : 1.1;
        alpha = n <= 2_000 ? 0.85 : n <= 20_000 ? 0.7 : n <= 200_000 ? 0.5 : 0.35;
        spriteRadius = (int) Math.ceil(r);
        int size = 2 * spriteRadius + 1;
        sprite = new float[size * size];
        for (int dy = -spriteRadius; dy <= spriteRadius; dy++) {
            for (int dx = -spriteRadius; dx <= spriteRadius; dx++) {
                double cover = Math.clamp(r + 0.5 - Math.hypot(dx, dy), 0, 1);
                sprite[(dy + spriteRadius) * size + dx + spriteRadius] = (float) (cover * alpha);
            }
        }
    }

    /** Starts a new drawing of the current view: the first frame now, the rest on the next pulses. */
    private void render() {
        timer.stop();
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (w != bufferW || h != bufferH) {
            bufferW = w;
            bufferH = h;
            pixels = new int[w * h];
            image = new WritableImage(w, h);
        }
        Arrays.fill(pixels, colours.background());
        drawGridLines();
        drawn = 0;
        Arrays.fill(colourSeen, false);
        renderComplete.set(false);
        drawChunk(FIRST_FRAME_SAMPLE);
        composite();
        if (drawn < drawOrder.length) {
            timer.start();
        }
    }

    private void drawGridLines() {
        for (double t : ticks(viewX0, viewX1)) {
            int sx = (int) Math.round(screenX(t));
            for (int sy = (int) TOP; sy < (int) (TOP + plotH()); sy++) {
                if (sx >= LEFT && sx < LEFT + plotW()) {
                    pixels[sy * bufferW + sx] = colours.grid();
                }
            }
        }
        for (double t : ticks(viewY0, viewY1)) {
            int sy = (int) Math.round(screenY(t));
            if (sy >= TOP && sy < TOP + plotH()) {
                Arrays.fill(pixels, sy * bufferW + (int) LEFT, sy * bufferW + (int) (LEFT + plotW()), colours.grid());
            }
        }
    }

    private void drawChunk(int budget) {
        if (data == null || bufferW == 0) {
            renderComplete.set(true);
            return;
        }
        int end = (int) Math.min(drawOrder.length, (long) drawn + budget);
        float[] xs = data.x();
        float[] ys = data.y();
        int[] labels = data.labels();
        double ax = plotW() / (viewX1 - viewX0);
        double ay = plotH() / (viewY1 - viewY0);
        int clipX0 = (int) LEFT;
        int clipX1 = (int) (LEFT + plotW()) - 1;
        int clipY0 = (int) TOP;
        int clipY1 = (int) (TOP + plotH()) - 1;
        int size = 2 * spriteRadius + 1;
        for (int p = drawn; p < end; p++) {
            int i = drawOrder[p];
            int cx = (int) Math.round(LEFT + (xs[i] - viewX0) * ax);
            int cy = (int) Math.round(TOP + (viewY1 - ys[i]) * ay);
            if (cx < clipX0 || cx > clipX1 || cy < clipY0 || cy > clipY1) {
                continue;
            }
            int label = labels[i];
            int colour = Palette.colourIndex(label);
            colourSeen[colour < 0 ? Palette.size() : colour] = true;
            int rgb = Palette.rgb(label);
            int sr = (rgb >> 16) & 0xFF;
            int sg = (rgb >> 8) & 0xFF;
            int sb = rgb & 0xFF;
            for (int dy = -spriteRadius; dy <= spriteRadius; dy++) {
                int py = cy + dy;
                if (py < clipY0 || py > clipY1) {
                    continue;
                }
                int row = py * bufferW;
                int srow = (dy + spriteRadius) * size + spriteRadius;
                for (int dx = -spriteRadius; dx <= spriteRadius; dx++) {
                    int px = cx + dx;
                    float a = sprite[srow + dx];
                    if (a <= 0 || px < clipX0 || px > clipX1) {
                        continue;
                    }
                    int d = pixels[row + px];
                    int dr = (d >> 16) & 0xFF;
                    int dg = (d >> 8) & 0xFF;
                    int db = d & 0xFF;
                    dr += (int) ((sr - dr) * a);
                    dg += (int) ((sg - dg) * a);
                    db += (int) ((sb - db) * a);
                    pixels[row + px] = 0xFF000000 | (dr << 16) | (dg << 8) | db;
                }
            }
        }
        drawn = end;
        if (drawn >= drawOrder.length) {
            timer.stop();
            renderComplete.set(true);
        }
    }

    /** Puts the pixel buffer on the canvas and draws axes, centroids, selection, lasso and legend over it. */
    private void composite() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (image == null) {
            return;
        }
        image.getPixelWriter().setPixels(0, 0, bufferW, bufferH, PixelFormat.getIntArgbInstance(), pixels, 0, bufferW);
        g.drawImage(image, 0, 0);
        drawAxes(g);
        drawSelection(g);
        drawCentroids(g);
        drawLasso(g);
        drawLegend(g);
    }

    private void drawAxes(GraphicsContext g) {
        g.setStroke(colours.axis());
        g.setLineWidth(1);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, plotW() - 1, plotH() - 1);
        g.setFill(colours.text());
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : ticks(viewX0, viewX1)) {
            double sx = screenX(t);
            if (sx >= LEFT && sx <= LEFT + plotW()) {
                g.strokeLine(Math.round(sx) + 0.5, TOP + plotH(), Math.round(sx) + 0.5, TOP + plotH() + 4);
                g.fillText(tickText(t), sx, TOP + plotH() + 6);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : ticks(viewY0, viewY1)) {
            double sy = screenY(t);
            if (sy >= TOP && sy <= TOP + plotH()) {
                g.strokeLine(LEFT - 4, Math.round(sy) + 0.5, LEFT, Math.round(sy) + 0.5);
                g.fillText(tickText(t), LEFT - 7, sy);
            }
        }
        if (data != null) {
            g.setFont(Font.font(null, FontWeight.BOLD, 12));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(data.xLabel(), LEFT + plotW() / 2, canvas.getHeight() - 4);
            g.save();
            g.translate(14, TOP + plotH() / 2);
            g.rotate(-90);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(data.yLabel(), 0, 0);
            g.restore();
        }
    }

    private void drawCentroids(GraphicsContext g) {
        centroidsDrawn = 0;
        if (data == null) {
            return;
        }
        for (int c = 0; c < data.segments(); c++) {
            double sx = screenX(data.centroidsX()[c]);
            double sy = screenY(data.centroidsY()[c]);
            if (!Double.isFinite(sx) || sx < LEFT || sx > LEFT + plotW() || sy < TOP || sy > TOP + plotH()) {
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
            centroidsDrawn++;
        }
    }

    private void drawSelection(GraphicsContext g) {
        int[] selected = selection.get();
        if (data == null || selected.length == 0 || selected.length > 5_000) {
            return;
        }
        g.setStroke(colours.ink());
        g.setLineWidth(1);
        for (int i : selected) {
            double sx = screenX(data.x()[i]);
            double sy = screenY(data.y()[i]);
            if (sx >= LEFT && sx <= LEFT + plotW() && sy >= TOP && sy <= TOP + plotH()) {
                g.strokeOval(sx - 4, sy - 4, 8, 8);
            }
        }
    }

    private void drawLasso(GraphicsContext g) {
        if (lasso.size() < 2) {
            return;
        }
        double[] xs = new double[lasso.size()];
        double[] ys = new double[lasso.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = screenX(lasso.get(i)[0]);
            ys[i] = screenY(lasso.get(i)[1]);
        }
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, plotW(), plotH());
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

    /** Legend text and width, computed once per data set (text measurement is not free). */
    private void measureLegend() {
        legendLines = List.of();
        legendWidth = 0;
        if (data == null || data.segments() == 0) {
            return;
        }
        int[] sizes = data.sizes();
        int noise = data.x().length - Arrays.stream(sizes).sum();
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < data.segments(); c++) {
            lines.add(shorten(data.names().get(c)) + "  ·  " + String.format("%,d", sizes[c]));
        }
        if (noise > 0) {
            lines.add("— " + String.format("%,d", noise));
        }
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, textWidth(line, LEGEND_FONT));
        }
        legendLines = List.copyOf(lines);
        legendWidth = width + 36;
    }

    /**
     * Space right of the plot: on a wide canvas the legend gets a gutter of its own so it never hides points;
     * on a narrow one it floats over the plot's top-right corner.
     */
    private double rightMargin() {
        return legendInGutter() ? legendWidth + 24 : RIGHT;
    }

    private boolean legendInGutter() {
        return legendWidth > 0 && canvas.getWidth() >= GUTTER_MIN_WIDTH;
    }

    private void drawLegend(GraphicsContext g) {
        if (legendLines.isEmpty()) {
            return;
        }
        double rowH = 18;
        double boxW = legendWidth;
        double boxH = legendLines.size() * rowH + 12;
        double x = legendInGutter() ? LEFT + plotW() + 12 : LEFT + plotW() - boxW - 10;
        double y = legendInGutter() ? TOP : TOP + 10;
        g.setFill(colours.legendFill());
        g.fillRoundRect(x, y, boxW, boxH, 8, 8);
        g.setStroke(colours.legendBorder());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, boxW, boxH, 8, 8);
        g.setFont(LEGEND_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < legendLines.size(); i++) {
            double cy = y + 6 + rowH * i + rowH / 2;
            g.setFill(i < data.segments() ? Palette.color(i) : Palette.color(-1));
            g.fillOval(x + 10, cy - 5, 10, 10);
            g.setFill(colours.text());
            g.fillText(legendLines.get(i), x + 26, cy);
        }
    }

    private static String shorten(String name) {
        return name.length() <= 32 ? name : name.substring(0, 31) + "…";
    }

    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
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

    private static String tickText(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e6) {
            return String.format("%,d", (long) t);
        }
        return Math.abs(t) >= 100 ? String.format("%.0f", t) : String.format("%.2g", t);
    }

    private void onScroll(ScrollEvent e) {
        if (data != null && e.getDeltaY() != 0) {
            zoom(Math.exp(-e.getDeltaY() * 0.004), e.getX(), e.getY());
            e.consume();
        }
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || data == null) {
            return;
        }
        hideTooltip();
        pressX = e.getX();
        pressY = e.getY();
        lassoing = e.isShiftDown();
        if (lassoing) {
            lasso.clear();
            lasso.add(new double[] {dataX(e.getX()), dataY(e.getY())});
            composite();
        } else {
            pressView = new double[] {viewX0, viewX1, viewY0, viewY1};
        }
    }

    private void onDragged(MouseEvent e) {
        if (data == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (lassoing) {
            double[] last = lasso.getLast();
            if (Math.hypot(screenX(last[0]) - e.getX(), screenY(last[1]) - e.getY()) >= 3) {
                lasso.add(new double[] {dataX(e.getX()), dataY(e.getY())});
                composite();
            }
        } else if (pressView != null) {
            double dx = (e.getX() - pressX) / plotW() * (pressView[1] - pressView[0]);
            double dy = (e.getY() - pressY) / plotH() * (pressView[3] - pressView[2]);
            viewX0 = pressView[0] - dx;
            viewX1 = pressView[1] - dx;
            viewY0 = pressView[2] + dy;
            viewY1 = pressView[3] + dy;
            render();
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
        if (data == null || lasso.size() < 3) {
            lasso.clear();
            selection.set(new int[0]);
        } else {
            double[] xs = lasso.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = lasso.stream().mapToDouble(p -> p[1]).toArray();
            selection.set(Lasso.select(data.x(), data.y(), xs, ys));
        }
        composite();
    }

    private void onMoved(MouseEvent e) {
        int i = pointNear(e.getX(), e.getY());
        hovered.set(i);
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
