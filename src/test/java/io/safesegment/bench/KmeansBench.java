package io.safesegment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.segment.cluster.KMeans;
import io.safesegment.core.segment.cluster.KMeansOptions;
import io.safesegment.core.segment.cluster.KMeansResult;
import io.safesegment.core.segment.cluster.MiniBatchKMeans;
import io.safesegment.core.segment.cluster.Points;
import io.safesegment.core.segment.metrics.AdjustedRandIndex;
import io.safesegment.core.task.Progress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * k-means k = 8 on 1M × 8 synthetic blobs: SafeSegment's parallel Lloyd against scikit-learn's KMeans (lloyd) with
 * the same settings (k-means++, n_init 1, max_iter 300, tol 1e-4) on the same matrix, best of 3 after a warm-up;
 * plus the k range 2–10 (full k-means for both, and mini-batch for SafeSegment). ARI between the two labelings.
 */
public final class KmeansBench {
    private static final int N = 1_000_000;
    private static final int D = 8;
    private static final int K = 8;
    private static final int N_INIT = 1;
    private static final int MAX_ITER = 300;
    private static final double TOL = 1e-4;

    private KmeansBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path dir = out.resolve("kmeans");
        Files.createDirectories(dir);
        Points x = blobs(N, D, K, 42);
        Path matrix = dir.resolve("blobs-1m-8.f64");
        writeMatrix(matrix, x);

        KMeansOptions options = new KMeansOptions(K, N_INIT, MAX_ITER, TOL, 1);
        KMeans.fit(x, options, Progress.NONE); // warm-up: JIT
        double best = Double.POSITIVE_INFINITY;
        KMeansResult result = null;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            result = KMeans.fit(x, new KMeansOptions(K, N_INIT, MAX_ITER, TOL, run), Progress.NONE);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        long t0 = System.nanoTime();
        for (int k = 2; k <= 10; k++) {
            KMeans.fit(x, new KMeansOptions(k, N_INIT, MAX_ITER, TOL, 0), Progress.NONE);
        }
        double rangeSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        for (int k = 2; k <= 10; k++) {
            MiniBatchKMeans.fit(x, MiniBatchKMeans.Options.of(k, 0), Progress.NONE);
        }
        double miniBatchRangeSeconds = (System.nanoTime() - t0) / 1e9;

        Path labelsFile = dir.resolve("sklearn-labels.i32");
        Process p = new ProcessBuilder("/usr/bin/python3", root.resolve("bench/kmeans_sklearn.py").toString(),
                matrix.toString(), "" + N, "" + D, "" + K, "" + N_INIT, "" + MAX_ITER, "" + TOL,
                labelsFile.toString(), "2", "10").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("scikit-learn benchmark failed; install python3-sklearn");
        }
        JsonNode sk = new ObjectMapper().readTree(output);
        int[] skLabels = readLabels(labelsFile, N);
        double sklearnSingle = sk.get("single_best_seconds").asDouble();
        double sklearnRange = sk.get("range_seconds").asDouble();

        new BenchReport("kmeans")
                .put("rows", N, "rows × features, k")
                .putJson("features", D).putJson("k", K)
                .put("safesegment_single_seconds", round3(best), "SafeSegment k-means k=8, best of 3 (s)")
                .put("safesegment_iterations", result.iterations(), "SafeSegment Lloyd iterations")
                .put("sklearn_single_seconds", sklearnSingle, "scikit-learn " + sk.get("sklearn_version").asText()
                        + " KMeans k=8, best of 3 (s)")
                .put("sklearn_iterations", sk.get("single_iterations").asInt(), "scikit-learn iterations")
                .put("single_ratio", round3(best / sklearnSingle), "time ratio SafeSegment / scikit-learn")
                .put("ari_vs_sklearn", round3(AdjustedRandIndex.of(result.labels(), skLabels)),
                        "ARI SafeSegment vs scikit-learn labels")
                .put("safesegment_range_seconds", round3(rangeSeconds), "SafeSegment k-means k=2..10 (s)")
                .put("sklearn_range_seconds", sklearnRange, "scikit-learn k=2..10 (s)")
                .put("range_ratio", round3(rangeSeconds / sklearnRange), "k range ratio SafeSegment / scikit-learn")
                .put("safesegment_minibatch_range_seconds", round3(miniBatchRangeSeconds),
                        "SafeSegment mini-batch k=2..10 (s)")
                .putJson("threads", Runtime.getRuntime().availableProcessors())
                .finish(out);
    }

    /** k Gaussian blobs (sd 1) around centres drawn uniformly in [−10, 10]^d. */
    static Points blobs(int n, int d, int k, long seed) {
        Random r = new Random(seed);
        double[][] centres = new double[k][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = -10 + 20 * r.nextDouble();
            }
        }
        double[] data = new double[n * d];
        for (int i = 0; i < n; i++) {
            double[] c = centres[r.nextInt(k)];
            for (int j = 0; j < d; j++) {
                data[i * d + j] = c[j] + r.nextGaussian();
            }
        }
        return new Points(data, n, d);
    }

    private static void writeMatrix(Path file, Points x) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            ByteBuffer buf = ByteBuffer.allocate(8 * 8192).order(ByteOrder.LITTLE_ENDIAN);
            for (double v : x.data()) {
                if (!buf.hasRemaining()) {
                    os.write(buf.array(), 0, buf.position());
                    buf.clear();
                }
                buf.putDouble(v);
            }
            os.write(buf.array(), 0, buf.position());
        }
    }

    private static int[] readLabels(Path file, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = buf.getInt();
        }
        return labels;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
