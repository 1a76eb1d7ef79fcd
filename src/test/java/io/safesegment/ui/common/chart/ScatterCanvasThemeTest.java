package io.safesegment.ui.common.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.common.Theme;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scatter plot follows the scene's theme and keeps its legend off the points on a wide canvas. */
@ExtendWith(ApplicationExtension.class)
class ScatterCanvasThemeTest {
    private ScatterCanvas scatter;
    private Scene scene;

    @Start
    void start(Stage stage) {
        scatter = new ScatterCanvas();
        scene = new Scene(new StackPane(scatter), 900, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void backgroundFollowsTheThemeSwitch() throws Exception {
        fx(() -> scatter.setData(twoClusters()));
        assertEquals(ChartColours.LIGHT, fx(scatter::colours));
        int light = fx(this::cornerPixel);
        assertEquals(ChartColours.LIGHT.background(), light, "plot corner in the light theme");

        fx(() -> Theme.DARK.applyTo(scene));
        assertEquals(ChartColours.DARK, fx(scatter::colours));
        int dark = fx(this::cornerPixel);
        assertEquals(ChartColours.DARK.background(), dark, "plot corner after switching to dark");
        assertNotEquals(light, dark);
    }

    @Test
    void legendTakesAGutterRightOfThePlotOnAWideCanvas() throws Exception {
        fx(() -> scatter.setData(twoClusters()));
        double canvasWidth = fx(() -> scatter.canvas().getWidth());
        double rightmostPoint = fx(() -> scatter.screenX(10));
        // The data's right edge is drawn well inside the canvas, leaving room for the legend box beside it.
        assertTrue(canvasWidth - rightmostPoint > 100,
                "gutter of " + (canvasWidth - rightmostPoint) + " px on a " + canvasWidth + " px canvas");
        int segmentOne = argb(Palette.color(0));
        boolean dotInGutter = fx(() -> {
            scatter.finishRendering();
            WritableImage image = scatter.canvas().snapshot(null, null);
            for (int y = 0; y < 80; y++) {
                for (int x = (int) rightmostPoint + 12; x < (int) canvasWidth; x++) {
                    if (image.getPixelReader().getArgb(x, y) == segmentOne) {
                        return true;
                    }
                }
            }
            return false;
        });
        assertTrue(dotInGutter, "the legend's Segment 1 dot is drawn right of the data, not over it");
    }

    private static int argb(javafx.scene.paint.Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** A pixel inside the plot frame but far from every point (top-left corner of the plot area). */
    private int cornerPixel() {
        scatter.finishRendering();
        return pixel((int) Math.round(scatter.screenX(0)) + 3, (int) Math.round(scatter.screenY(10)) + 3);
    }

    private int pixel(int x, int y) {
        WritableImage image = scatter.canvas().snapshot(null, null);
        return image.getPixelReader().getArgb(x, y);
    }

    /** Points only at (1..3, 1..3) and (7..9, 7..9) in a 0..10 box (two corner points fix the bounds). */
    private static ScatterData twoClusters() {
        int n = 202;
        float[] x = new float[n];
        float[] y = new float[n];
        int[] labels = new int[n];
        for (int i = 0; i < 200; i++) {
            boolean second = i >= 100;
            x[i] = (second ? 7 : 1) + (i % 10) * 0.2f;
            y[i] = (second ? 7 : 1) + (i / 10 % 10) * 0.2f;
            labels[i] = second ? 1 : 0;
        }
        x[200] = 0;
        y[200] = 0;
        x[201] = 10;
        y[201] = 10;
        return new ScatterData(x, y, labels, List.of("Segment 1", "Segment 2"), new double[] {2, 8},
                new double[] {2, 8}, "x", "y", i -> "point " + i);
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
