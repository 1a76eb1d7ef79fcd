package io.safesegment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.cli.SafeSegmentCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * Times {@code safesegment generate-samples} for 1,000,000 customers (about 20 million transactions, seed 42) and
 * leaves the files in {@code bench/out/data-1m/}, the input of the other benchmarks. One run: it takes half a
 * minute and rewrites the same bytes each time.
 */
public final class GenerateSamplesBench {
    private GenerateSamplesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Path data = out.resolve("data-1m");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        long start = System.nanoTime();
        int code = SafeSegmentCli.newCommandLine(new PrintWriter(stdout), new PrintWriter(stderr)).execute(
                "generate-samples", "--out", data.toString(), "--customers", "1000000", "--seed", "42", "--json");
        double wall = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("generate-samples failed: " + stderr);
        }
        JsonNode report = new ObjectMapper().readTree(stdout.toString());
        BenchReport r = new BenchReport("generate-samples");
        r.put("customers", 1_000_000, "customers");
        long totalBytes = 0;
        for (JsonNode f : report.get("files")) {
            r.put(f.get("name").asText().replace(".csv", "") + "_rows", f.get("rows").asLong(),
                    f.get("name").asText() + " rows");
            totalBytes += f.get("bytes").asLong();
        }
        r.put("total_mb", Math.round(totalBytes / 1e5) / 10.0, "total size (MB)");
        r.put("generator_seconds", report.get("durationSeconds").asDouble(), "generator time (s)");
        r.put("command_seconds", Math.round(wall * 1000) / 1000.0, "command wall time (s)");
        r.put("mb_per_second", Math.round(totalBytes / 1e6 / wall * 10) / 10.0, "throughput (MB/s)");
        r.finish(out);
    }
}
