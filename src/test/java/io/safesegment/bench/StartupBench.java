package io.safesegment.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * CLI start-up: wall time of {@code bin/safesegment --help} (which maps the AppCDS archive beside the jar) against
 * the same jar started the way it was before the archive (plain {@code java -jar}, JDK's own CDS only) and against
 * {@code java -version} (the JVM floor), 10 runs each, interleaved so that load on the shared machine hits all three
 * alike. {@code bin/safesegment} builds the jar when it is stale; one untimed run writes the archive first.
 */
public final class StartupBench {
    private static final int RUNS = Integer.getInteger("startup.runs", 10);

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = root.resolve("bin").resolve("safesegment");
        Path jar = root.resolve("target").resolve("safesegment.jar");
        Files.deleteIfExists(root.resolve("target").resolve("safesegment.jsa"));
        run(List.of(launcher.toString(), "--help")); // builds the jar if needed and writes the archive at exit
        List<String> withArchive = List.of(launcher.toString(), "--help");
        List<String> plainJar = List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString(), "--help");
        List<String> jvmFloor = List.of(java, "-version");
        double[] cds = new double[RUNS];
        double[] plain = new double[RUNS];
        double[] floor = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            cds[i] = run(withArchive);
            plain[i] = run(plainJar);
            floor[i] = run(jvmFloor);
        }
        BenchReport r = new BenchReport("startup");
        r.put("runs", RUNS, "runs of each (interleaved)");
        r.put("help_cds_median_s", median(cds), "bin/safesegment --help, AppCDS archive (s, median)");
        r.put("help_cds_min_s", min(cds), "bin/safesegment --help, AppCDS archive (s, best)");
        r.put("help_plain_median_s", median(plain), "java -jar safesegment.jar --help, no archive (s, median)");
        r.put("help_plain_min_s", min(plain), "java -jar safesegment.jar --help, no archive (s, best)");
        r.put("jvm_floor_median_s", median(floor), "java -version (s, median)");
        r.put("ratio_cds_vs_plain", median(cds) / median(plain), "ratio archive / no archive (medians)");
        r.put("cds_over_floor_s", median(cds) - median(floor), "archive run minus JVM floor (s, medians)");
        r.putJson("help_cds_s", cds);
        r.putJson("help_plain_s", plain);
        r.finish(out);
    }

    /** Seconds one process takes from start to exit; fails when it exits non-zero. */
    private static double run(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(new File("/dev/null")).start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
