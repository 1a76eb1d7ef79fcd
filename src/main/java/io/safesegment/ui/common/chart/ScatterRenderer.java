package io.safesegment.ui.common.chart;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws the points of a scatter plot into an ARGB pixel buffer (no scene-graph node per point): each point is an
 * anti-aliased disc blended over what is already there, so dense areas build up colour like a density plot. Points
 * are drawn in a fixed shuffled order, so any prefix of a drawing is a uniform random sample: the first frame shows
 * a sample and later chunks fill in the rest.
 */
final class ScatterRenderer {
    private int[] drawOrder = new int[0];
    private int[] pixels = new int[0];
    private WritableImage image;
    private int bufferW;
    private int bufferH;
    private int drawn;
    private final boolean[] colourSeen = new boolean[Palette.size() + 1];
    private float[] sprite = new float[0];
    private int spriteRadius;

    /** Prepares for {@code n} points: the drawing order and the point size. */
    void prepare(int n) {
        drawOrder = shuffledOrder(n);
        prepareSprite(n);
    }

    /** Starts a new drawing: clears the buffer (resized to w × h) to the background and draws the grid lines. */
    boolean begin(int w, int h, ChartColours colours, ScatterViewport viewport) {
        if (w <= 0 || h <= 0) {
            return false;
        }
        if (w != bufferW || h != bufferH) {
            bufferW = w;
            bufferH = h;
            pixels = new int[w * h];
            image = new WritableImage(w, h);
        }
        Arrays.fill(pixels, colours.background());
        drawGridLines(colours.grid(), viewport);
        drawn = 0;
        Arrays.fill(colourSeen, false);
        return true;
    }

    /** Draws up to {@code budget} more points; true once every point has been drawn. */
    boolean drawChunk(ScatterData data, ScatterViewport viewport, int budget) {
        if (data == null || bufferW == 0) {
            return true;
        }
        int end = (int) Math.min(drawOrder.length, (long) drawn + budget);
        float[] xs = data.x();
        float[] ys = data.y();
        int[] labels = data.labels();
        double ax = viewport.scaleX();
        double ay = viewport.scaleY();
        double left = viewport.left();
        double top = viewport.top();
        int clipX0 = (int) left;
        int clipX1 = (int) (left + viewport.width()) - 1;
        int clipY0 = (int) top;
        int clipY1 = (int) (top + viewport.height()) - 1;
        for (int p = drawn; p < end; p++) {
            int i = drawOrder[p];
            int cx = (int) Math.round(left + (xs[i] - viewport.viewX0()) * ax);
            int cy = (int) Math.round(top + (viewport.viewY1() - ys[i]) * ay);
            if (cx < clipX0 || cx > clipX1 || cy < clipY0 || cy > clipY1) {
                continue;
            }
            int colour = Palette.colourIndex(labels[i]);
            colourSeen[colour < 0 ? Palette.size() : colour] = true;
            blend(cx, cy, Palette.rgb(labels[i]), clipX0, clipX1, clipY0, clipY1);
        }
        drawn = end;
        return drawn >= drawOrder.length;
    }

    private void blend(int cx, int cy, int rgb, int clipX0, int clipX1, int clipY0, int clipY1) {
        int size = 2 * spriteRadius + 1;
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

    /** Puts the buffer on the canvas; false before the first {@link #begin}. */
    boolean paint(GraphicsContext g) {
        if (image == null) {
            return false;
        }
        image.getPixelWriter().setPixels(0, 0, bufferW, bufferH, PixelFormat.getIntArgbInstance(), pixels, 0, bufferW);
        g.drawImage(image, 0, 0);
        return true;
    }

    /** Points drawn so far in the current drawing. */
    int drawn() {
        return drawn;
    }

    /** Points in the data. */
    int total() {
        return drawOrder.length;
    }

    /** Palette indices (−1 = noise) of the points drawn so far. */
    Set<Integer> drawnColourIndices() {
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

    private void drawGridLines(int colour, ScatterViewport v) {
        int x0 = (int) v.left();
        int x1 = (int) (v.left() + v.width());
        int y0 = (int) v.top();
        int y1 = (int) (v.top() + v.height());
        for (double t : ScatterAxes.ticks(v.viewX0(), v.viewX1())) {
            int sx = (int) Math.round(v.screenX(t));
            if (sx >= x0 && sx < x1 && sx < bufferW) {
                for (int sy = y0; sy < Math.min(y1, bufferH); sy++) {
                    pixels[sy * bufferW + sx] = colour;
                }
            }
        }
        for (double t : ScatterAxes.ticks(v.viewY0(), v.viewY1())) {
            int sy = (int) Math.round(v.screenY(t));
            if (sy >= y0 && sy < y1 && sy < bufferH) {
                Arrays.fill(pixels, sy * bufferW + x0, sy * bufferW + Math.min(x1, bufferW), colour);
            }
        }
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

    /** Anti-aliased disc coverage; smaller and fainter points as the count grows, so dense areas stay readable. */
    private void prepareSprite(int n) {
        double r = n <= 2_000 ? 3.6 : n <= 20_000 ? 2.6 : n <= 200_000 ? 1.7 : 1.1;
        double alpha = n <= 2_000 ? 0.85 : n <= 20_000 ? 0.7 : n <= 200_000 ? 0.5 : 0.35;
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
}
