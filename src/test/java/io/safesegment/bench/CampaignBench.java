package io.safesegment.bench;

import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.data.SkippedRows;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.task.Progress;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Issue 18 item 5: campaign lists (top-10 for every customer, {@link RecommendationService#writeCampaignList}) on
 * the first N customers of {@code bench/out/data-1m/transactions.csv} for N = 10,000, 100,000 and 1,000,000, with
 * item-kNN and user-kNN: load, fit and list time (wall and process CPU), rows written and heap after the list.
 *
 * <p>{@code -Dcampaign.sizes=10000,100000} and {@code -Dcampaign.models=itemknn} choose sizes and models;
 * {@code -Dcampaign.n=10} the list length. The lists are written to {@code bench/out/campaign/} and deleted after
 * timing (a 1M × 10 list is about 1 GB). On the shared 2-core machine a full user-kNN list for a million customers
 * takes longer than a session can wait, so above {@code -Dcampaign.sampleAbove=N} (default 200,000) the models of
 * {@code -Dcampaign.sampleModels} (default userknn) are timed on a seeded sample of {@code -Dcampaign.sample}
 * customers (default 20,000) through the same per-customer call in parallel, and the full list's CPU time is
 * extrapolated — the label says so. Every figure is printed as soon as it is measured.
 */
public final class CampaignBench {
    private CampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Path dir = out.resolve("data-1m");
        List<Integer> sizes = List.of(System.getProperty("campaign.sizes", "10000,100000,1000000").split(","))
                .stream().map(String::trim).map(Integer::valueOf).toList();
        List<String> models = List.of(System.getProperty("campaign.models", "itemknn,userknn").split(","));
        int n = Integer.getInteger("campaign.n", 10);
        BenchReport r = new BenchReport("campaign");
        r.putJson("load_average_before", load());
        ProductCatalog catalogue = ProductCatalog.load(dir.resolve("products.csv"));
        Path lists = Files.createDirectories(out.resolve("campaign"));
        for (int size : sizes) {
            long t0 = System.nanoTime();
            InteractionMatrix tx = TransactionLoader.load(dir.resolve("transactions.csv"),
                    TransactionOptions.defaults().withMaxUsers(size), catalogue.products().keySet(), Progress.NONE);
            var data = new RecommendInputs.Loaded(tx, catalogue, Map.of(), SkippedRows.NONE);
            String key = "n" + size;
            show(r, key + "_load_seconds", secs(t0), size + " customers: load (" + tx.nnz() + " interactions)");
            for (String model : models) {
                Progress log = new StderrLog(model + " " + size);
                double cpu0 = cpu();
                long f0 = System.nanoTime();
                var fitted = RecommendationService.fit(data, new RecommendationService.ModelChoice(model, 42, 0), log);
                double fit = secs(f0);
                double fitCpu = cpu() - cpu0;
                String k = key + "_" + model;
                show(r, k + "_fit_seconds", fit, size + " customers, " + model + ": fit s (CPU " + round(fitCpu)
                        + ")");
                if (size > Integer.getInteger("campaign.sampleAbove", 200_000) && List.of(System.getProperty(
                        "campaign.sampleModels", "userknn").split(",")).contains(model)) {
                    sampled(r, k, fitted, Integer.getInteger("campaign.sample", 20_000), n);
                    continue;
                }
                Path file = lists.resolve("recs-" + model + "-" + size + ".csv");
                double cpu1 = cpu();
                long l0 = System.nanoTime();
                var list = RecommendationService.writeCampaignList(fitted, null, n, file, log);
                double write = secs(l0);
                double writeCpu = cpu() - cpu1;
                show(r, k + "_list_seconds", write, size + " customers, " + model + ": top-" + n + " list s (CPU "
                        + round(writeCpu) + ", " + list.rows() + " rows, " + Files.size(file) / 1_000_000 + " MB)");
                r.putJson(k + "_fit_cpu_seconds", round(fitCpu));
                r.putJson(k + "_list_cpu_seconds", round(writeCpu));
                r.putJson(k + "_rows", list.rows());
                r.putJson(k + "_heap_mb", Math.round(BenchReport.usedHeapMb()));
                Files.deleteIfExists(file);
            }
        }
        r.putJson("load_average_after", load());
        show(r, "load_average", load(), "load average (1 min) at the end");
        r.finish(out);
    }

    /** Times top-n for a seeded sample of the customers (the list's per-customer call) and extrapolates. */
    private static void sampled(BenchReport r, String k, RecommendationService.Fitted fitted, int sample, int n) {
        var users = fitted.data().matrix().users();
        int[] rows = new java.util.SplittableRandom(42).ints(0, users.size()).distinct().limit(Math.min(sample,
                users.size())).sorted().toArray();
        double cpu0 = cpu();
        long t0 = System.nanoTime();
        java.util.stream.IntStream.range(0, (rows.length + 511) / 512).parallel().forEach(b -> {
            for (int x = b * 512; x < Math.min(rows.length, (b + 1) * 512); x++) {
                fitted.model().preview(users.id(rows[x]), n);
            }
        });
        double wall = secs(t0);
        double cpu = cpu() - cpu0;
        double perCustomerMs = cpu * 1000 / rows.length;
        show(r, k + "_sample_seconds", wall, "  " + rows.length + " sampled customers: top-" + n + " s (CPU "
                + round(cpu) + ", " + round(perCustomerMs) + " ms CPU per customer)");
        show(r, k + "_list_cpu_seconds_extrapolated", round(perCustomerMs * users.size() / 1000),
                "  whole list extrapolated: CPU s (scoring only, without writing)");
    }

    /** Records a figure and prints it at once, so that a run stopped early still shows what it measured. */
    private static void show(BenchReport r, String key, Object value, String label) {
        r.put(key, value, label);
        System.out.println("  " + label + ": " + value);
        System.out.flush();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double cpu() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    private static double secs(long t0) {
        return round((System.nanoTime() - t0) / 1e9);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Prints progress to stderr at most every 10 s. */
    private static final class StderrLog implements Progress {
        private final String what;
        private long last;

        StderrLog(String what) {
            this.what = what;
        }

        @Override
        public synchronized void update(double fraction, String message) {
            long now = System.nanoTime();
            if (now - last > 10_000_000_000L) {
                last = now;
                System.err.printf("  %s [%5.1f%%] %s%n", what, fraction * 100, message);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
