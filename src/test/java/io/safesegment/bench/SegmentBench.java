package io.safesegment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.cli.SafeSegmentCli;
import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.Segmenter;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.cluster.Hierarchical;
import io.safesegment.core.segment.cluster.Points;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.segment.profile.SegmentExports;
import io.safesegment.core.segment.profile.SegmentProfiler;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code safesegment segment} end to end (load + features + k-means + profiles + write) on 1M customers × 8 numeric
 * features (the k-means benchmark's seeded blobs as a CSV), run in-process through the CLI, against pandas
 * {@code read_csv} + {@code StandardScaler} + scikit-learn {@code KMeans} + {@code to_csv} on the same file in the
 * same run ({@code bench/segment_sklearn.py}). Both: a warm-up, then the best of 3; plus SafeSegment's time per step.
 */
public final class SegmentBench {
    private static final int N = 1_000_000;
    private static final int D = 8;
    private static final int K = 8;

    private SegmentBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path dir = Files.createDirectories(out.resolve("segment"));
        Path csv = dir.resolve("customers-1m-8.csv");
        if (!Files.exists(csv)) {
            writeCsv(csv, KmeansBench.blobs(N, D, K, 42));
        }
        List<String> features = new ArrayList<>();
        for (int j = 1; j <= D; j++) {
            features.add("f" + j);
        }
        Path assignments = dir.resolve("safesegment-assignments.csv");
        String[] command = {"segment", "--in", csv.toString(), "--features", String.join(",", features), "--no-log",
            "--k", "" + K, "--reference-date", "2025-01-01", "--restarts", "1", "--seed", "0", "--out", assignments.toString(), "--json"};
        cli(command); // warm-up: JIT, page cache
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            cli(command);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        double[] steps = steps(csv, features, assignments);

        Process p = new ProcessBuilder("/usr/bin/python3", root.resolve("bench/segment_sklearn.py").toString(),
                csv.toString(), dir.resolve("sklearn-assignments.csv").toString(), "" + K)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pandas/scikit-learn peer failed; install python3-pandas python3-sklearn");
        }
        JsonNode sk = new ObjectMapper().readTree(output);
        double peer = sk.get("total_seconds").asDouble();
        new BenchReport("segment")
                .put("rows", N, "customers (rows)").putJson("features", D).putJson("k", K)
                .put("safesegment_seconds", round(best), "safesegment segment end to end, best of 3 (s)")
                .put("sklearn_seconds", peer, "pandas " + sk.get("pandas_version").asText() + " + scikit-learn "
                        + sk.get("sklearn_version").asText() + " end to end, best of 3 (s)")
                .put("ratio", round(best / peer), "time ratio SafeSegment / pandas+scikit-learn (aim <= 1)")
                .put("ss_load_s", round(steps[0]), "  SafeSegment: load CSV (s)")
                .put("ss_features_s", round(steps[1]), "  SafeSegment: features + scaling (s)")
                .put("ss_cluster_s", round(steps[2]), "  SafeSegment: k-means + silhouette (s)")
                .put("ss_profile_s", round(steps[3]), "  SafeSegment: profiles (s)")
                .put("ss_write_s", round(steps[4]), "  SafeSegment: write assignments (s)")
                .put("sk_read_s", sk.get("read_seconds").asDouble(), "  pandas read_csv (s)")
                .put("sk_scale_s", sk.get("scale_seconds").asDouble(), "  StandardScaler (s)")
                .put("sk_kmeans_s", sk.get("kmeans_seconds").asDouble(), "  KMeans (s)")
                .put("sk_write_s", sk.get("write_seconds").asDouble(), "  to_csv (s)")
                .finish(out);
    }

    private static void cli(String[] command) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = SafeSegmentCli.newCommandLine(new PrintWriter(stdout), new PrintWriter(stderr)).execute(command);
        if (code != 0) {
            throw new IllegalStateException("segment failed: " + stderr);
        }
    }

    /** The command's steps timed one by one (same calls as SegmentCommand), best of 2. */
    private static double[] steps(Path csv, List<String> features, Path assignments) throws Exception {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int run = 0; run < 2; run++) {
            long t0 = System.nanoTime();
            CustomerData data = SegmentTables.read(csv, null, null, Progress.NONE);
            long t1 = System.nanoTime();
            FeatureMatrix matrix = FeatureBuilder.build(data,
                    FeatureOptions.of(features).withLogColumns(java.util.Set.of())
                            .withReferenceDate(java.time.LocalDate.of(2025, 1, 1)), Progress.NONE);
            long t2 = System.nanoTime();
            ClusteringRun result = Segmenter.run(matrix, new SegmentOptions(Algorithm.KMEANS, K, 0, 1, 10, 0,
                    Hierarchical.DEFAULT_SAMPLE, List.of(), 10), Progress.NONE);
            long t3 = System.nanoTime();
            var profiles = SegmentProfiler.profile(matrix, result.labels(), result.segmentNames());
            long t4 = System.nanoTime();
            SegmentExports.writeAssignments(assignments, matrix.customerIds(), result.labels(), result.segmentNames());
            long t5 = System.nanoTime();
            long[] t = {t0, t1, t2, t3, t4, t5};
            for (int i = 0; i < 5; i++) {
                best[i] = Math.min(best[i], (t[i + 1] - t[i]) / 1e9);
            }
            if (profiles.isEmpty()) {
                throw new IllegalStateException("no profiles");
            }
        }
        return best;
    }

    private static void writeCsv(Path file, Points x) throws Exception {
        AtomicFiles.write(file, false, stream -> {
            try (BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8),
                    1 << 20)) {
                StringBuilder header = new StringBuilder("customer_id");
                for (int j = 1; j <= x.d(); j++) {
                    header.append(",f").append(j);
                }
                w.write(header.append('\n').toString());
                double[] data = x.data();
                for (int i = 0; i < x.n(); i++) {
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "C%07d", i + 1));
                    for (int j = 0; j < x.d(); j++) {
                        line.append(',').append(String.format(Locale.ROOT, "%.6f", data[i * x.d() + j]));
                    }
                    w.write(line.append('\n').toString());
                }
            }
        });
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
