package io.safesegment.core.recommend.data;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.CustomerIds;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.io.CsvRecordReader;
import io.safesegment.core.task.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Streams a transactions CSV into an implicit-feedback {@link InteractionMatrix} without building a table, so that 20M
 * rows need only the primitive event arrays. Columns are found by {@linkplain SemanticRole role} (customer id, product
 * id, optional timestamp, amount or quantity × unit price), suggested from the header unless the caller maps them.
 * Lines without a customer id (empty, {@code NA}) are skipped, never one "NA" customer. Return lines (negative quantity
 * or amount) are skipped under count and recency weighting because a return is no sign of preference; under spend
 * weighting they are netted against the purchases of the same customer × product, and a pair whose net spend is ≤ 0
 * (fully returned) is no interaction. {@link #loadWithReport} counts all of these ({@link SkippedRows}).
 */
public final class TransactionLoader {
    private static final double SECONDS_PER_DAY = 86_400.0;

    private TransactionLoader() {
    }

    /** Loads {@code file} with {@code options}; reports progress by bytes read. */
    public static InteractionMatrix load(Path file, TransactionOptions options, Progress progress) {
        return load(file, options, RoleMapping.empty(), java.util.List.of(), progress);
    }

    /** Loads {@code file} with suggested roles, registering {@code knownItems} first (see the full overload). */
    public static InteractionMatrix load(Path file, TransactionOptions options, java.util.Collection<String> knownItems,
            Progress progress) {
        return load(file, options, RoleMapping.empty(), knownItems, progress);
    }

    /**
     * Loads {@code file}, first registering {@code knownItems} as columns so that catalogue products nobody bought
     * (cold items) can still be recommended by content-based models.
     */
    public static InteractionMatrix load(Path file, TransactionOptions options, RoleMapping overrides,
            java.util.Collection<String> knownItems, Progress progress) {
        return loadWithReport(file, options, overrides, knownItems, progress).matrix();
    }

    /** Like {@link #load(Path, TransactionOptions, RoleMapping, java.util.Collection, Progress)}, with the counts. */
    public static TransactionLoad loadWithReport(Path file, TransactionOptions options, RoleMapping overrides,
            java.util.Collection<String> knownItems, Progress progress) {
        long withoutCustomer = 0;
        long returnLines = 0;
        long nettedReturns = 0;
        long totalBytes = size(file);
        InteractionBuilder builder = new InteractionBuilder();
        knownItems.stream().sorted().forEach(builder.items()::add);
        try (BufferedReader in = Csv.open(file)) {
            CsvRecordReader r = Csv.reader(in, file);
            if (!r.next()) {
                throw new RecommendDataException(Message.of("data.transactionLoader.isEmptyUseA", file));
            }
            List<String> header = Csv.header(r);
            RoleMapping roles = RoleSuggester.resolve(header, overrides);
            String what = "The transactions file";
            int cCustomer = Csv.column(header, roles, SemanticRole.CUSTOMER_ID, file, what, true);
            int cProduct = Csv.column(header, roles, SemanticRole.PRODUCT_ID, file, what, true);
            int cTime = Csv.column(header, roles, SemanticRole.TIMESTAMP, file, what, false);
            int cAmount = Csv.column(header, roles, SemanticRole.AMOUNT, file, what, false);
            int cQuantity = Csv.column(header, roles, SemanticRole.QUANTITY, file, what, false);
            int cPrice = Csv.column(header, roles, SemanticRole.UNIT_PRICE, file, what, false);
            boolean spend = options.weighting() == Weighting.SPEND;
            if (spend && cAmount < 0 && (cQuantity < 0 || cPrice < 0)) {
                throw new RecommendDataException(Message.of("data.transactionLoader.line1SpendWeighting", file));
            }
            if (options.weighting() == Weighting.RECENCY && cTime < 0) {
                throw new RecommendDataException(Message.of("data.transactionLoader.line1RecencyWeighting", file));
            }
            int needed = IntStream.of(cCustomer, cProduct, cTime, cAmount, cQuantity, cPrice).max().orElse(0) + 1;
            String lastCustomer = null;
            long rows = 0;
            while (r.next()) {
                if (r.isBlankLine()) {
                    continue;
                }
                if (r.fieldCount() < needed) {
                    throw new RecommendDataException(Message.of("data.transactionLoader.line", file, r.recordLine(), needed, r.fieldCount()));
                }
                String customer = CustomerIds.orNull(r.field(cCustomer));
                if (customer == null) {
                    withoutCustomer++;
                    continue;
                }
                boolean isReturn = (cQuantity >= 0 && Csv.isNegative(r.field(cQuantity)))
                        || (cAmount >= 0 && Csv.isNegative(r.field(cAmount)));
                if (isReturn && !spend) {
                    returnLines++;
                    continue;
                }
                // A row without a customer is excluded and counted (above); one without a product cannot be an
                // interaction of anything, and silently dropping it would hide a broken column mapping.
                if (r.field(cProduct).isBlank()) {
                    throw new RecommendDataException(Message.of("data.transactionLoader.line2", file, r.recordLine(), cProduct + 1));
                }
                if (!customer.equals(lastCustomer)) {
                    if (options.maxUsers() > 0 && builder.users().indexOf(customer) < 0
                            && builder.users().size() >= options.maxUsers()) {
                        break;
                    }
                    lastCustomer = customer;
                }
                long time = Long.MIN_VALUE;
                // A netted return keeps no time of its own: the interaction's time stays that of its purchases.
                if (cTime >= 0 && !isReturn) {
                    try {
                        time = Timestamps.parse(r.field(cTime));
                    } catch (IllegalArgumentException e) {
                        throw new RecommendDataException(Message.of("data.transactionLoader.line3", file, r.recordLine(), cTime + 1), e);
                    }
                }
                float value = !spend ? 1f : cAmount >= 0 ? Csv.number(r, file, cAmount)
                        : Csv.number(r, file, cQuantity) * Csv.number(r, file, cPrice);
                if (isReturn) {
                    value = -Math.abs(value);
                    nettedReturns++;
                }
                builder.add(customer, r.field(cProduct), value, time);
                if ((++rows & 0x3ffff) == 0) {
                    progress.checkCancelled();
                    progress.report(totalBytes > 0 ? Math.min(0.9, 0.9 * approxBytes(rows) / totalBytes) : -1,
                            Message.of("progress.recommend.reading", rows));
                }
            }
        } catch (IOException e) {
            throw new RecommendDataException(Message.of("data.transactionLoader.cannotRead", file, LocalizedMessage.of(e)), e);
        }
        progress.report(0.95, Message.of("progress.recommend.matrix"));
        double halfLifeSeconds = options.halfLifeDays() * SECONDS_PER_DAY;
        InteractionBuilder.EventWeight weight = options.weighting() != Weighting.RECENCY ? null
                : (v, t, latest) -> v * Math.pow(0.5, (latest - t) / halfLifeSeconds);
        InteractionMatrix built = builder.build(InteractionBuilder.Merge.SUM, weight, false);
        if (built.nnz() == 0) {
            throw new RecommendDataException(Message.of("data.transactionLoader.hasAHeaderBut", file, withoutCustomer + returnLines > 0 ? " with a customer id and a purchase (" + withoutCustomer
                    + " rows without customer, " + returnLines + " return lines skipped)" : ""));
        }
        InteractionMatrix m = nettedReturns == 0 ? built : withoutNonPositive(built);
        progress.report(1, Message.of("progress.recommend.interactions", m.nnz()));
        return new TransactionLoad(m, new SkippedRows(withoutCustomer, returnLines, nettedReturns,
                built.nnz() - m.nnz()));
    }

    /** The matrix without entries whose net value is ≤ 0 (fully returned products are not interactions). */
    private static InteractionMatrix withoutNonPositive(InteractionMatrix m) {
        int[] ptr = new int[m.rows() + 1];
        int[] cols = new int[m.nnz()];
        float[] values = new float[m.nnz()];
        long[] times = m.hasTimes() ? new long[m.nnz()] : null;
        int out = 0;
        for (int r = 0; r < m.rows(); r++) {
            for (int e = m.start(r); e < m.end(r); e++) {
                // float sums of a purchase and its return can leave a few ulps; a cent is the smallest real spend
                if (m.value(e) > 1e-3f) {
                    cols[out] = m.col(e);
                    values[out] = m.value(e);
                    if (times != null) {
                        times[out] = m.time(e);
                    }
                    out++;
                }
            }
            ptr[r + 1] = out;
        }
        return new InteractionMatrix(m.users(), m.items(), ptr, java.util.Arrays.copyOf(cols, out),
                java.util.Arrays.copyOf(values, out), times == null ? null : java.util.Arrays.copyOf(times, out),
                false);
    }

    private static double approxBytes(long rows) {
        return rows * 64.0; // a transactions line is about 64 bytes; only used for the progress bar
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RecommendDataException(Message.of("data.transactionLoader.cannotRead2", file, LocalizedMessage.of(e)), e);
        }
    }
}
