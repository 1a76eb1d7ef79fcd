package io.safesegment.bench;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Issue 22 item 3: the recipe mask (pseudonyms) → RFM → k-means on generated transactions, on the desktop engine
 * and on Spark local[2] in the same JVM and run: wall time and peak heap of each (the driver and the local
 * executors share the heap). {@code -Dspark.rows=10000000,50000000} (default) sets the sizes; the desktop engine is
 * skipped above {@code -Dspark.desktopMaxRows} and recorded as "out of memory" when it throws OutOfMemoryError.
 * Both engines are driven through {@code RecipeService}, so this compiles without Spark; {@code bench/run spark}
 * builds with the spark profile so that the engine is on the class path. {@code -Dspark.engines=desktop} runs one
 * engine only (to find where the desktop stops fitting in the heap).
 */
public final class SparkBench {
    private static final String PASSWORD = "spark bench password";
    private static final String POLICY = """
            {"formatVersion": 1, "id": "spark-bench", "revision": 1, "name": "spark bench",
             "updatedAt": "2026-01-01T00:00:00Z", "roles": {},
             "rules": [{"column": "customer_id", "operator": "pseudonym", "params": {"prefix": "C-"}},
                       {"column": "email", "operator": "pseudonym", "params": {"prefix": "E-"}}]}
            """;

    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]).resolve("spark");
        BenchReport r = new BenchReport("spark");
        long desktopMax = Long.getLong("spark.desktopMaxRows", Long.MAX_VALUE);
        for (String size : System.getProperty("spark.rows", "10000000,50000000").split(",")) {
            long rows = Long.parseLong(size.trim());
            Path dir = out.resolve("rows-" + rows);
            Path ws = dir.resolve("ws");
            prepare(dir, ws, rows);
            for (String engine : System.getProperty("spark.engines", "desktop,spark").split(",")) {
                String key = engine + "_" + rows;
                if (engine.equals("desktop") && rows > desktopMax) {
                    r.put(key + "_s", "skipped", engine + ", " + rows + " transactions: time (s)");
                    continue;
                }
                Recipe recipe = Recipe.parse(recipe(engine), dir);
                RecipeKeys keys = () -> KeyVault.open(ws, PASSWORD.toCharArray());
                System.gc();
                resetPeaks();
                long t0 = System.nanoTime();
                long cpu0 = processCpuNanos();
                double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                try {
                    RecipeService.run(recipe, ws, keys, engine, "local[2]", Progress.NONE);
                    r.put(key + "_s", (System.nanoTime() - t0) / 1e9, engine + ", " + rows
                            + " transactions: mask + RFM + k-means (s)");
                } catch (OutOfMemoryError e) {
                    r.put(key + "_s", "out of memory", engine + ", " + rows + " transactions: time (s)");
                }
                // on a shared machine the wall time mostly measures the other processes: CPU seconds of this JVM
                // (all threads, the collector's included) and the load average around the run say how much
                r.put(key + "_cpu_s", (processCpuNanos() - cpu0) / 1e9, engine + ", " + rows
                        + " transactions: CPU time of the JVM (s)");
                r.put(key + "_load", String.format(java.util.Locale.ROOT, "%.1f -> %.1f", load0,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                        engine + ", " + rows + " transactions: load average before -> after");
                r.put(key + "_peak_heap_mb", peakHeapMb(), engine + ", " + rows + " transactions: peak heap (MB)");
            }
        }
        r.putJson("heap_max_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
        r.putJson("cores", Runtime.getRuntime().availableProcessors());
        r.putJson("identifier_roles", Boolean.getBoolean("spark.identifiers"));
        r.finish(Path.of(args[1]));
    }

    private static String recipe(String engine) {
        return """
                {"recipeVersion": 1, "name": "spark bench", "steps": [
                  {"kind": "import", "name": "tx", "file": "transactions.csv",
                   "roles": "customer_id=customer_id,order_id=transaction_id,timestamp=timestamp,amount=amount"},
                  {"kind": "mask", "name": "masked", "input": "tx", "policy": "policy.json",
                   "output": "%1$s-masked.csv"},
                  {"kind": "rfm", "name": "rfm", "transactions": "masked", "output": "%1$s-rfm.csv"},
                  {"kind": "roles", "name": "scores", "input": "rfm", "roles": "customer_id=customer_id"},
                  {"kind": "segment", "name": "seg", "customers": "scores", "seed": 42, "k": 5, "log": false,
                   "features": ["recency_days", "frequency", "monetary"], "output": "%1$s-segments.csv"}
                ]}""".formatted(engine);
    }

    /** Seeded transactions (20 per customer on average) and a vault with the pseudonym key, once per size. */
    private static void prepare(Path dir, Path ws, long rows) throws Exception {
        Path file = dir.resolve("transactions.csv");
        Files.createDirectories(dir);
        // -Dspark.identifiers=true: customer_id and e-mail are direct identifiers, so both engines run the leak
        // scan's identifier checks (on Spark with the whole input's hashed scope); without, the scan has nothing to do
        Files.writeString(dir.resolve("policy.json"), POLICY.replace("\"roles\": {}", Boolean.getBoolean(
                "spark.identifiers") ? "\"roles\": {\"customer_id\": \"DIRECT_IDENTIFIER\", "
                + "\"email\": \"DIRECT_IDENTIFIER\"}" : "\"roles\": {}"));
        if (Files.exists(file)) {
            return;
        }
        try (KeyVault v = KeyVault.create(ws, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("pseudonym", KeyPurpose.PSEUDONYM_HMAC);
        }
        long customers = Math.max(1, rows / 20);
        SplittableRandom random = new SplittableRandom(22);
        long start = LocalDate.of(2024, 1, 1).toEpochDay();
        Path tmp = dir.resolve("transactions.csv.tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("transaction_id,customer_id,email,timestamp,amount\n");
            for (long i = 0; i < rows; i++) {
                long c = random.nextLong(customers);
                double amount = random.nextInt(20) == 0 ? -random.nextInt(1, 50) : random.nextInt(1, 50_000) / 100.0;
                w.write("T" + i + ",C" + c + ",c" + c + "@example.org," + LocalDate.ofEpochDay(start
                        + random.nextInt(730)) + "," + amount + "\n"); // Double.toString, as %s printed it
            }
        }
        Files.move(tmp, file);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1 << 20);
    }
}
