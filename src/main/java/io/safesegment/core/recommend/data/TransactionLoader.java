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
            Columns c = Columns.of(Csv.header(r), overrides, options, file);
            boolean spend = options.weighting() == Weighting.SPEND;
            int needed = c.needed();
            java.util.function.IntFunction<String> field = r::field;
            String lastCustomer = null;
            long rows = 0;
            while (r.next()) {
                if (r.isBlankLine()) {
                    continue;
                }
                if (r.fieldCount() < needed) {
                    throw new RecommendDataException(Message.of("data.transactionLoader.line", file, r.recordLine(), needed, r.fieldCount()));
                }
                String customer = customer(field, c, spend, file, r.recordLine());
                if (customer == null) {
                    withoutCustomer++;
                    continue;
                }
                if (customer == RETURN_SKIPPED) {
                    returnLines++;
                    continue;
                }
                if (!customer.equals(lastCustomer)) {
                    if (options.maxUsers() > 0 && builder.users().indexOf(customer) < 0
                            && builder.users().size() >= options.maxUsers()) {
                        break;
                    }
                    lastCustomer = customer;
                }
                Event event = event(field, c, spend, customer, file, r.recordLine());
                if (event.netted()) {
                    nettedReturns++;
                }
                builder.add(customer, event.product(), event.value(), event.time());
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
                : (v, t, latest) -> recencyWeight(v, t, latest, halfLifeSeconds);
        InteractionMatrix built = builder.build(InteractionBuilder.Merge.SUM, weight, false);
        TransactionLoad load = finish(built, file, withoutCustomer, returnLines, nettedReturns);
        progress.report(1, Message.of("progress.recommend.interactions", load.matrix().nnz()));
        return load;
    }

    /** Marks a return line skipped under count and recency weighting (see {@link #customer}). */
    public static final String RETURN_SKIPPED = new String("return line skipped");

    /**
     * The columns a transactions header maps by role ({@code overrides} first, then suggested from the names);
     * -1 for an optional role that is not there.
     */
    public record Columns(int customer, int product, int time, int amount, int quantity, int price)
            implements java.io.Serializable {
        /** Finds the columns; refuses a weighting whose column is missing, naming the file. */
        public static Columns of(List<String> header, RoleMapping overrides, TransactionOptions options, Path file) {
            Path where = file;
            RoleMapping roles = RoleSuggester.resolve(header, overrides);
            String what = "The transactions file";
            Columns c = new Columns(Csv.column(header, roles, SemanticRole.CUSTOMER_ID, where, what, true),
                    Csv.column(header, roles, SemanticRole.PRODUCT_ID, where, what, true),
                    Csv.column(header, roles, SemanticRole.TIMESTAMP, where, what, false),
                    Csv.column(header, roles, SemanticRole.AMOUNT, where, what, false),
                    Csv.column(header, roles, SemanticRole.QUANTITY, where, what, false),
                    Csv.column(header, roles, SemanticRole.UNIT_PRICE, where, what, false));
            if (options.weighting() == Weighting.SPEND && c.amount < 0 && (c.quantity < 0 || c.price < 0)) {
                throw new RecommendDataException(Message.of("data.transactionLoader.line1SpendWeighting", file));
            }
            if (options.weighting() == Weighting.RECENCY && c.time < 0) {
                throw new RecommendDataException(Message.of("data.transactionLoader.line1RecencyWeighting", file));
            }
            return c;
        }

        /** Fields a line must have. */
        public int needed() {
            return IntStream.of(customer, product, time, amount, quantity, price).max().orElse(0) + 1;
        }
    }

    /**
     * One purchase (or netted return) line as an event.
     *
     * @param product the product id as written
     * @param value   1, or the spend (negative for a netted return)
     * @param time    epoch seconds, or {@code Long.MIN_VALUE}
     * @param netted  whether it is a return netted against the spend
     */
    public record Event(String product, float value, long time, boolean netted) {
    }

    /**
     * The customer of a line, null for a line without one, {@link #RETURN_SKIPPED} (compare by identity) for a
     * return line under count or recency weighting; refuses a line without a product, naming file, line and column.
     */
    public static String customer(java.util.function.IntFunction<String> field, Columns c, boolean spend,
                                  Object file, long line) {
        String customer = CustomerIds.orNull(field.apply(c.customer));
        if (customer == null) {
            return null;
        }
        boolean isReturn = isReturn(field, c);
        if (isReturn && !spend) {
            return RETURN_SKIPPED;
        }
        // A row without a customer is excluded and counted (above); one without a product cannot be an
        // interaction of anything, and silently dropping it would hide a broken column mapping.
        if (field.apply(c.product).isBlank()) {
            throw new RecommendDataException(Message.of("data.transactionLoader.line2", file, line, c.product + 1));
        }
        return customer;
    }

    /** The event of a line whose {@link #customer} is a customer. */
    public static Event event(java.util.function.IntFunction<String> field, Columns c, boolean spend, String customer,
                              Object file, long line) {
        boolean isReturn = isReturn(field, c);
        long time = Long.MIN_VALUE;
        // A netted return keeps no time of its own: the interaction's time stays that of its purchases.
        if (c.time >= 0 && !isReturn) {
            try {
                time = Timestamps.parse(field.apply(c.time));
            } catch (IllegalArgumentException e) {
                throw new RecommendDataException(Message.of("data.transactionLoader.line3", file, line, c.time + 1), e);
            }
        }
        float value = !spend ? 1f : c.amount >= 0 ? Csv.number(field.apply(c.amount), file, line, c.amount)
                : Csv.number(field.apply(c.quantity), file, line, c.quantity)
                        * Csv.number(field.apply(c.price), file, line, c.price);
        if (isReturn) {
            value = -Math.abs(value);
        }
        return new Event(field.apply(c.product), value, time, isReturn);
    }

    private static boolean isReturn(java.util.function.IntFunction<String> field, Columns c) {
        return (c.quantity >= 0 && Csv.isNegative(field.apply(c.quantity)))
                || (c.amount >= 0 && Csv.isNegative(field.apply(c.amount)));
    }

    /** The recency weight of an event at {@code time} when the latest event is at {@code latest}. */
    public static double recencyWeight(float value, long time, long latest, double halfLifeSeconds) {
        return value * Math.pow(0.5, (latest - time) / halfLifeSeconds);
    }

    /** The half-life of {@code options} in seconds. */
    public static double halfLifeSeconds(TransactionOptions options) {
        return options.halfLifeDays() * SECONDS_PER_DAY;
    }

    /**
     * The load of a transactions file whose (customer, product) pairs were aggregated elsewhere (the Spark engine,
     * record 0037) with {@link InteractionPairs}: the same matrix and counts as {@link #loadWithReport} on the file.
     *
     * @param pairs       every pair with its merged value (weighted when recency weighting) and latest time
     * @param knownItems  the catalogue's products, registered first as on the file path
     */
    public static TransactionLoad fromPairs(List<InteractionPairs.Pair> pairs, java.util.Collection<String> knownItems,
                                            Object file, long withoutCustomer, long returnLines, long nettedReturns) {
        InteractionMatrix built = InteractionPairs.matrix(pairs, knownItems, false);
        return finish(built, file, withoutCustomer, returnLines, nettedReturns);
    }

    private static TransactionLoad finish(InteractionMatrix built, Object file, long withoutCustomer,
                                          long returnLines, long nettedReturns) {
        if (built.nnz() == 0) {
            throw new RecommendDataException(Message.of("data.transactionLoader.hasAHeaderBut", file, withoutCustomer + returnLines > 0 ? " with a customer id and a purchase (" + withoutCustomer
                    + " rows without customer, " + returnLines + " return lines skipped)" : ""));
        }
        InteractionMatrix m = nettedReturns == 0 ? built : withoutNonPositive(built);
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
