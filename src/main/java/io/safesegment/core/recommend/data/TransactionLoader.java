package io.safesegment.core.recommend.data;

import io.safesegment.core.data.io.CsvRecordReader;
import io.safesegment.core.task.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a transactions CSV (columns {@code customer_id}, {@code product_id}, optional {@code timestamp} and
 * {@code amount}) into an implicit-feedback {@link InteractionMatrix} without building a table, so that 20M rows
 * need only the primitive event arrays.
 */
public final class TransactionLoader {
    private static final double SECONDS_PER_DAY = 86_400.0;

    private TransactionLoader() {
    }

    /** Loads {@code file} with {@code options}; reports progress by bytes read. */
    public static InteractionMatrix load(Path file, TransactionOptions options, Progress progress) {
        return load(file, options, java.util.List.of(), progress);
    }

    /**
     * Loads {@code file}, first registering {@code knownItems} as columns so that catalogue products nobody bought
     * (cold items) can still be recommended by content-based models.
     */
    public static InteractionMatrix load(Path file, TransactionOptions options, java.util.Collection<String> knownItems,
            Progress progress) {
        long totalBytes = size(file);
        InteractionBuilder builder = new InteractionBuilder();
        knownItems.stream().sorted().forEach(builder.items()::add);
        try (BufferedReader in = Csv.open(file)) {
            CsvRecordReader r = Csv.reader(in, file);
            if (!r.next()) {
                throw new RecommendDataException(file + " is empty. Use a transactions file with a header row.");
            }
            int cCustomer = Csv.column(r, file, "customer_id", true);
            int cProduct = Csv.column(r, file, "product_id", true);
            int cTime = Csv.column(r, file, "timestamp", false);
            int cAmount = Csv.column(r, file, "amount", options.weighting() == Weighting.SPEND);
            if (options.weighting() == Weighting.RECENCY && cTime < 0) {
                throw new RecommendDataException(file + " line 1: recency weighting needs a 'timestamp' column.");
            }
            int needed = Math.max(Math.max(cCustomer, cProduct), Math.max(cTime, cAmount)) + 1;
            String lastCustomer = null;
            long rows = 0;
            while (r.next()) {
                if (r.isBlankLine()) {
                    continue;
                }
                if (r.fieldCount() < needed) {
                    throw new RecommendDataException(file + " line " + r.recordLine() + ": expected at least "
                            + needed + " fields, found " + r.fieldCount() + ". Fix or remove that row.");
                }
                String customer = r.field(cCustomer);
                if (customer.isBlank() || r.field(cProduct).isBlank()) {
                    int col = customer.isBlank() ? cCustomer : cProduct;
                    throw new RecommendDataException(file + " line " + r.recordLine() + " column " + (col + 1)
                            + ": the " + (col == cCustomer ? "customer_id" : "product_id")
                            + " is empty. Fix or remove that row.");
                }
                if (!customer.equals(lastCustomer)) {
                    if (options.maxUsers() > 0 && builder.users().indexOf(customer) < 0
                            && builder.users().size() >= options.maxUsers()) {
                        break;
                    }
                    lastCustomer = customer;
                }
                long time = Long.MIN_VALUE;
                if (cTime >= 0) {
                    try {
                        time = Timestamps.parse(r.field(cTime));
                    } catch (IllegalArgumentException e) {
                        throw new RecommendDataException(file + " line " + r.recordLine() + " column " + (cTime + 1)
                                + ": expected an ISO date-time such as 2025-01-31T14:05:00. Fix that row.", e);
                    }
                }
                float value = options.weighting() == Weighting.SPEND ? Csv.number(r, file, cAmount) : 1f;
                builder.add(customer, r.field(cProduct), value, time);
                if ((++rows & 0x3ffff) == 0) {
                    progress.checkCancelled();
                    progress.update(totalBytes > 0 ? Math.min(0.9, 0.9 * approxBytes(rows) / totalBytes) : -1,
                            "Reading transactions (" + rows + " rows)");
                }
            }
        } catch (IOException e) {
            throw new RecommendDataException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        progress.update(0.95, "Building the interaction matrix");
        double halfLifeSeconds = options.halfLifeDays() * SECONDS_PER_DAY;
        InteractionBuilder.EventWeight weight = options.weighting() != Weighting.RECENCY ? null
                : (v, t, latest) -> v * Math.pow(0.5, (latest - t) / halfLifeSeconds);
        InteractionMatrix m = builder.build(InteractionBuilder.Merge.SUM, weight, false);
        if (m.nnz() == 0) {
            throw new RecommendDataException(file + " has a header but no transactions; there is nothing to "
                    + "recommend from.");
        }
        progress.update(1, "Loaded " + m.nnz() + " interactions");
        return m;
    }

    private static double approxBytes(long rows) {
        return rows * 64.0; // a transactions line is about 64 bytes; only used for the progress bar
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RecommendDataException("Cannot read " + file + ": " + e.getMessage()
                    + ". Check that the file exists.", e);
        }
    }
}
