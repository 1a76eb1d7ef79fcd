package io.safesegment.bench;

import io.safesegment.ui.common.chart.ScatterCanvas;
import io.safesegment.ui.common.chart.ScatterData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Times the Canvas scatter plot with 1,000,000 random points in 8 segments on an offscreen scene (run under xvfb):
 * the first frame (data set, random sample drawn, composited and snapshotted) and the full render (every point).
 * Best of three. Usage: {@code bench/run scatter}.
 */
public final class ScatterBench {
    private static final int POINTS = 1_000_000;
    private static final int SEGMENTS = 8;

    private ScatterBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 1 ? args[1] : "bench/out");
        ScatterData data = randomData();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        double bestFirst = Double.MAX_VALUE;
        double bestFull = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            double[] times = onFx(() -> {
                ScatterCanvas canvas = new ScatterCanvas();
                Scene scene = new Scene(new StackPane(canvas), 1000, 700);
                canvas.applyCss();
                canvas.resize(1000, 700);
                canvas.layout();
                long t0 = System.nanoTime();
                canvas.setData(data);
                canvas.canvas().snapshot(null, null);
                long t1 = System.nanoTime();
                canvas.finishRendering();
                canvas.canvas().snapshot(null, null);
                long t2 = System.nanoTime();
                if (canvas.drawnPoints() != POINTS || scene.getRoot() == null) {
                    throw new IllegalStateException("not every point was drawn: " + canvas.drawnPoints());
                }
                return new double[] {(t1 - t0) / 1e9, (t2 - t0) / 1e9};
            });
            bestFirst = Math.min(bestFirst, times[0]);
            bestFull = Math.min(bestFull, times[1]);
        }
        Platform.exit();
        new BenchReport("scatter")
                .put("points", POINTS, "points")
                .put("first_sample", ScatterCanvas.FIRST_FRAME_SAMPLE, "points in the first frame")
                .put("first_frame_s", bestFirst, "first frame incl. snapshot (s, best of 3)")
                .put("full_render_s", bestFull, "all points incl. snapshot (s, best of 3)")
                .finish(out);
    }

    private static ScatterData randomData() {
        SplittableRandom random = new SplittableRandom(1);
        float[] x = new float[POINTS];
        float[] y = new float[POINTS];
        int[] labels = new int[POINTS];
        double[] cx = new double[SEGMENTS];
        double[] cy = new double[SEGMENTS];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < SEGMENTS; c++) {
            cx[c] = random.nextDouble(-10, 10);
            cy[c] = random.nextDouble(-10, 10);
            names.add("Segment " + (c + 1));
        }
        for (int i = 0; i < POINTS; i++) {
            int c = random.nextInt(SEGMENTS);
            labels[i] = c;
            x[i] = (float) (cx[c] + gaussian(random) * 1.5);
            y[i] = (float) (cy[c] + gaussian(random) * 1.5);
        }
        return new ScatterData(x, y, labels, names, cx, cy, "PC1", "PC2", i -> "point " + i);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
