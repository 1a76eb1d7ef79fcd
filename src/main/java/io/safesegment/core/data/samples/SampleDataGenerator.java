package io.safesegment.core.data.samples;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.samples.ProductCatalog.Product;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the fictitious sample datasets: {@code customers.csv}, {@code transactions.csv}, {@code products.csv}
 * and the hidden truth {@code customer_segments.csv} and {@code product_bundles.csv} (planted segments and
 * co-purchase bundles, for checking analyses; never a feature).
 *
 * <p>All randomness comes from one seed and dates are relative to the fixed {@link #AS_OF} day, so the same options
 * give byte-identical files on every machine. Every file is written through {@link AtomicFiles}.
 */
public final class SampleDataGenerator {
    /** The reference day of the data ("today" for recency and tenure). */
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    /** Customers with personal data and about 1 % dirt. */
    public static final String CUSTOMERS = "customers.csv";
    /** One product line per transaction. */
    public static final String TRANSACTIONS = "transactions.csv";
    /** The product catalogue. */
    public static final String PRODUCTS = "products.csv";
    /** Ground truth: planted segment and affinity bundles per customer; never a feature. */
    public static final String CUSTOMER_SEGMENTS = "customer_segments.csv";
    /** Ground truth: planted bundle per product; never a feature. */
    public static final String PRODUCT_BUNDLES = "product_bundles.csv";

    private static final Logger LOG = LoggerFactory.getLogger(SampleDataGenerator.class);
    private static final int FLUSH_CHARS = 1 << 16;
    private static final int PROGRESS_EVERY = 10_000;

    private SampleDataGenerator() {
    }

    /**
     * Generates all files into {@link SampleDataOptions#outDir()}, replacing files of the same names.
     *
     * @throws IOException when a file cannot be written; files already complete stay, the one in progress is left
     *                     as it was
     */
    public static SampleDataResult generate(SampleDataOptions options, Progress progress) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(options.outDir());
        SplittableRandom root = new SplittableRandom(options.seed());
        SplittableRandom productRandom = root.split();
        SplittableRandom personRandom = root.split();

        progress.report(0, Message.of("progress.samples.catalogue"));
        ProductCatalog catalog = ProductCatalog.generate(options.products(), productRandom);
        List<SampleDataResult.SampleFile> files = new ArrayList<>();
        files.add(writeProducts(options.outDir(), catalog));
        files.add(writeBundles(options.outDir(), catalog));

        progress.report(0.02, Message.of("progress.samples.plan"));
        CustomerPlan[] plans = plan(options, catalog, root);
        files.add(writeCustomers(options.outDir(), plans, personRandom, progress.slice(0.05, 0.2)));
        files.add(writeTransactions(options, plans, catalog, progress.slice(0.2, 0.97)));
        files.add(writeSegments(options.outDir(), plans));
        progress.report(1, Message.of("progress.samples.done"));
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("Generated sample data for {} customers in {} ms", options.customers(), duration.toMillis());
        return new SampleDataResult(options, files, duration);
    }

    private static CustomerPlan[] plan(SampleDataOptions options, ProductCatalog catalog, SplittableRandom random) {
        double meanBase = 0;
        for (PlantedSegment s : PlantedSegment.values()) {
            meanBase += s.share() * s.baseOrders();
        }
        double scale = options.transactionsPerCustomer() / meanBase;
        int asOf = (int) AS_OF.toEpochDay();
        CustomerPlan[] plans = new CustomerPlan[options.customers()];
        for (int i = 0; i < plans.length; i++) {
            PlantedSegment segment = PlantedSegment.pick(random.nextDouble());
            int tenure = between(random, segment.minTenureDays(), segment.maxTenureDays());
            int recency = between(random, segment.minRecencyDays(), segment.maxRecencyDays());
            int signup = asOf - tenure;
            int first = signup + random.nextInt(Math.min(7, tenure) + 1);
            int last = Math.max(first, asOf - recency);
            double jitter = 1 + segment.orderJitter() * (2 * random.nextDouble() - 1);
            int orders = (int) Math.max(1, Math.round(segment.baseOrders() * scale * jitter));
            int[] bundles = catalog.tierBundles(segment.tier());
            int a = bundles[random.nextInt(bundles.length)];
            int b = -1;
            if (random.nextBoolean()) {
                b = bundles[random.nextInt(bundles.length)];
                if (b == a) {
                    b = -1;
                }
            }
            plans[i] = new CustomerPlan(i, segment, signup, first, last, orders, a, b);
        }
        return plans;
    }

    private static SampleDataResult.SampleFile writeProducts(Path dir, ProductCatalog catalog) throws IOException {
        Path file = dir.resolve(PRODUCTS);
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = CsvText.writer(out);
            w.write("product_id,name,category,brand,price,description\n");
            StringBuilder sb = new StringBuilder(256);
            for (Product p : catalog.products()) {
                sb.setLength(0);
                sb.append(p.id()).append(',');
                CsvText.field(sb, p.name()).append(',');
                CsvText.field(sb, p.category()).append(',');
                CsvText.field(sb, p.brand()).append(',');
                CsvText.cents(sb, p.priceCents()).append(',');
                CsvText.field(sb, p.description()).append('\n');
                w.append(sb);
            }
            w.flush();
        });
        return describe(file, catalog.products().size());
    }

    private static SampleDataResult.SampleFile writeBundles(Path dir, ProductCatalog catalog) throws IOException {
        Path file = dir.resolve(PRODUCT_BUNDLES);
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = CsvText.writer(out);
            w.write("product_id,bundle_id,bundle_theme\n");
            StringBuilder sb = new StringBuilder(128);
            for (Product p : catalog.products()) {
                sb.setLength(0);
                sb.append(p.id()).append(',').append(ProductCatalog.bundleId(p.bundle())).append(',');
                CsvText.field(sb, ProductCatalog.bundleLabel(p.bundle())).append('\n');
                w.append(sb);
            }
            w.flush();
        });
        return describe(file, catalog.products().size());
    }

    private static SampleDataResult.SampleFile writeCustomers(Path dir, CustomerPlan[] plans,
            SplittableRandom random, Progress progress) throws IOException {
        Path file = dir.resolve(CUSTOMERS);
        long[] rows = {0};
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = CsvText.writer(out);
            w.write(CustomerRecords.HEADER);
            w.write('\n');
            CustomerRecords records = new CustomerRecords(random, AS_OF);
            for (CustomerPlan plan : plans) {
                String row = records.row(plan);
                int copies = records.duplicate() ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    w.write(row);
                    w.write('\n');
                }
                rows[0] += copies;
                if (plan.index() % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report((double) plan.index() / plans.length, Message.of("progress.samples.customers"));
                }
            }
            w.flush();
        });
        return describe(file, rows[0]);
    }

    private static SampleDataResult.SampleFile writeTransactions(SampleDataOptions options, CustomerPlan[] plans,
            ProductCatalog catalog, Progress progress) throws IOException {
        Path file = options.outDir().resolve(TRANSACTIONS);
        int asOf = (int) AS_OF.toEpochDay();
        int earliest = asOf;
        for (CustomerPlan p : plans) {
            earliest = Math.min(earliest, p.signupDay());
        }
        TransactionRecords records = new TransactionRecords(catalog, new CsvText.DateCache(earliest, asOf),
                options.seed());
        long[] rows = {0};
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = CsvText.writer(out);
            w.write(TransactionRecords.HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(FLUSH_CHARS + 8192);
            for (CustomerPlan plan : plans) {
                records.append(sb, plan, rows[0] + 1);
                rows[0] += plan.orders();
                if (sb.length() >= FLUSH_CHARS) {
                    w.append(sb);
                    sb.setLength(0);
                }
                if (plan.index() % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.report((double) plan.index() / plans.length, Message.of("progress.samples.transactions"));
                }
            }
            w.append(sb);
            w.flush();
        });
        return describe(file, rows[0]);
    }

    private static SampleDataResult.SampleFile writeSegments(Path dir, CustomerPlan[] plans) throws IOException {
        Path file = dir.resolve(CUSTOMER_SEGMENTS);
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = CsvText.writer(out);
            w.write("customer_id,planted_segment,affinity_bundles\n");
            StringBuilder sb = new StringBuilder(64);
            for (CustomerPlan p : plans) {
                sb.setLength(0);
                sb.append(p.customerId()).append(',').append(p.segment().name()).append(',')
                        .append(ProductCatalog.bundleId(p.bundleA()));
                if (p.bundleB() >= 0) {
                    sb.append('|').append(ProductCatalog.bundleId(p.bundleB()));
                }
                w.append(sb.append('\n'));
            }
            w.flush();
        });
        return describe(file, plans.length);
    }

    private static SampleDataResult.SampleFile describe(Path file, long rows) throws IOException {
        return new SampleDataResult.SampleFile(file.getFileName().toString(), rows, Files.size(file));
    }

    private static int between(SplittableRandom random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
