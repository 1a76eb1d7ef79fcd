package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.InteractionPairs;
import io.safesegment.core.recommend.data.RatingsLoader;
import io.safesegment.core.recommend.data.TransactionLoad;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.data.Weighting;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The interactions of a {@code recommend} or {@code evaluate} step aggregated on Spark: executors read every line
 * with the desktop loaders' own line rules ({@code TransactionLoader.customer/event}, {@code RatingsLoader.rating}),
 * a group-by per (customer, product) merges the pair's events in file order with the core's
 * {@link InteractionPairs.Accumulator} (sums of counts or spend, recency weights against the latest event of the whole
 * table, the latest re-rating), and the driver receives one row per pair, from which the core builds the matrix the
 * desktop builds from the file ({@code TransactionLoader.fromPairs}, {@code RatingsLoader.fromPairs}). Never the
 * transactions: the pairs are at most as many as the lines, and at most {@link #MAX_PAIRS} of them (a Spark setting)
 * come to the driver, else the step is refused.
 */
final class SparkInteractions {
    /** Spark setting: the most (customer, product) pairs brought to the driver for a model fitted there. */
    static final String MAX_PAIRS = "spark.safesegment.driverFit.maxPairs";
    /** Its default: an estimated 2.5 GB of driver heap for the pairs and the matrix (docs/spark.md, Sizing). */
    static final long DEFAULT_MAX_PAIRS = 10_000_000L;

    /** Input rows read per step of a partition's lazy iteration. */
    private static final int CHUNK = 10_000;
    private static final String PAIR = "p";
    private static final String COUNT = "x";
    private static final StructType EVENT = new StructType().add("key", DataTypes.StringType)
            .add("user", DataTypes.StringType).add("item", DataTypes.StringType).add("row", DataTypes.LongType)
            .add("value", DataTypes.FloatType).add("time", DataTypes.LongType);
    private static final StructType PAIRS = new StructType().add("key", DataTypes.StringType)
            .add("user", DataTypes.StringType).add("item", DataTypes.StringType).add("row", DataTypes.LongType)
            .add("value", DataTypes.FloatType).add("time", DataTypes.LongType);
    // counts of a transactions table: rows without customer, skipped returns, netted returns; of a ratings file: ratings
    private static final int WITHOUT_CUSTOMER = 0;
    private static final int RETURN_LINES = 1;
    private static final int NETTED = 2;
    private static final int RATINGS = 3;

    private SparkInteractions() {
    }

    /** The transactions' interactions, as {@code TransactionLoader.loadWithReport} reads them from the file. */
    static TransactionLoad transactions(SparkSession spark, RecipeStep s, SparkFrame tx, RoleMapping roles,
                                        TransactionOptions options, Collection<String> knownItems) {
        Path file = tx.file();
        TransactionLoader.Columns columns = TransactionLoader.Columns.of(List.of(tx.schema().names()), roles, options,
                file);
        boolean spend = options.weighting() == Weighting.SPEND;
        String where = file.getFileName().toString();
        int n = tx.schema().size();
        Dataset<Row> events = tx.rows().withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> transactionEvents(it, n, columns, spend, where),
                        Encoders.row(EVENT));
        long latest = Long.MIN_VALUE;
        if (options.weighting() == Weighting.RECENCY) { // the decay is relative to the whole table's latest event
            Row max = events.where(functions.col("key").startsWith(PAIR)).agg(functions.max("time")).first();
            latest = max.isNullAt(0) ? Long.MIN_VALUE : max.getLong(0);
        }
        double halfLife = TransactionLoader.halfLifeSeconds(options);
        boolean recency = options.weighting() == Weighting.RECENCY;
        long decayFrom = latest;
        Aggregated a = aggregate(spark, s, events, InteractionBuilder.Merge.SUM, recency, decayFrom, halfLife);
        return TransactionLoader.fromPairs(a.pairs(), knownItems, file, a.counts()[WITHOUT_CUSTOMER],
                a.counts()[RETURN_LINES], a.counts()[NETTED]);
    }

    /** A ratings file's matrix, as {@code RatingsLoader.load} reads it: the same lines of the same text file. */
    static InteractionMatrix ratings(SparkSession spark, RecipeStep s, Path file, RoleMapping roles) throws IOException {
        String first = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && first == null; line = in.readLine()) {
                first = line.isBlank() ? null : line;
            }
        }
        if (first == null) {
            return RatingsLoader.fromPairs(List.of(), 0, file);
        }
        RatingsLoader.Layout layout = RatingsLoader.Layout.of(first, roles, file);
        String where = file.getFileName().toString();
        Dataset<Row> events = spark.read().textFile(file.toString()).toDF("line")
                .withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> ratingEvents(it, layout, where),
                        Encoders.row(EVENT));
        Aggregated a = aggregate(spark, s, events, InteractionBuilder.Merge.LATEST, false, 0, 1);
        return RatingsLoader.fromPairs(a.pairs(), a.counts()[RATINGS], file);
    }

    private record Aggregated(List<InteractionPairs.Pair> pairs, long[] counts) {
    }

    private static Aggregated aggregate(SparkSession spark, RecipeStep s, Dataset<Row> events,
                                        InteractionBuilder.Merge merge, boolean recency, long latest,
                                        double halfLife) {
        long max = Long.parseLong(spark.conf().get(MAX_PAIRS, String.valueOf(DEFAULT_MAX_PAIRS)));
        Iterator<Row> rows = events.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (key, group) -> merge(key, group, merge, recency,
                        latest, halfLife), Encoders.row(PAIRS))
                .toLocalIterator(); // a partition at a time: the driver holds the pairs, never all rows at once
        long[] counts = new long[4];
        List<InteractionPairs.Pair> pairs = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            if (r.getString(0).startsWith(COUNT)) {
                counts[Integer.parseInt(r.getString(0).substring(1))] += r.getLong(3);
            } else if (pairs.size() == max) {
                throw RecipeEngine.unsupported(s, s.get("ratings") != null ? "ratings" : "transactions",
                        "more than " + max + " customer × product pairs for a model fitted on the driver (raise "
                                + MAX_PAIRS + " with the driver's memory, docs/spark.md)", RecipeEngine.SPARK);
            } else {
                pairs.add(new InteractionPairs.Pair(r.getString(1), r.getString(2), r.getLong(3), r.getFloat(4),
                        r.getLong(5)));
            }
        }
        return new Aggregated(pairs, counts);
    }

    /** A pair's events in file order merged as the desktop's matrix builder does (or the sum of a count). */
    private static Row merge(String key, Iterator<Row> group, InteractionBuilder.Merge merge, boolean recency,
                             long latest, double halfLife) {
        if (key.startsWith(COUNT)) {
            long n = 0;
            while (group.hasNext()) {
                n += group.next().getLong(3);
            }
            return RowFactory.create(key, null, null, n, 0f, 0L);
        }
        List<Row> list = new ArrayList<>();
        group.forEachRemaining(list::add);
        list.sort(Comparator.comparingLong(r -> r.getLong(3)));
        InteractionPairs.Accumulator acc = new InteractionPairs.Accumulator(merge);
        for (Row r : list) {
            float v = r.getFloat(4);
            long t = r.getLong(5);
            acc.add(recency ? TransactionLoader.recencyWeight(v, t, latest, halfLife) : v, t);
        }
        Row first = list.get(0);
        return RowFactory.create(key, first.getString(1), first.getString(2), first.getLong(3), acc.value(),
                acc.time());
    }

    private static String pairKey(String user, String item) {
        return PAIR + user.length() + ":" + user + item; // unambiguous for any ids
    }

    /** A partition's transaction lines as events, one chunk at a time; its counts at the end. */
    private static Iterator<Row> transactionEvents(Iterator<Row> it, int n, TransactionLoader.Columns c,
                                                   boolean spend, String file) {
        String where = file + " (Spark partition " + TaskContext.getPartitionId() + ")";
        long[] counts = new long[4];
        return events(it, counts, (r, at) -> {
            String[] cells = ChunkTables.texts(r, n);
            String customer = TransactionLoader.customer(k -> cells[k], c, spend, where, at);
            if (customer == null) {
                counts[WITHOUT_CUSTOMER]++;
                return null;
            }
            if (customer == TransactionLoader.RETURN_SKIPPED) {
                counts[RETURN_LINES]++;
                return null;
            }
            TransactionLoader.Event e = TransactionLoader.event(k -> cells[k], c, spend, customer, where, at);
            if (e.netted()) {
                counts[NETTED]++;
            }
            return RowFactory.create(pairKey(customer, e.product()), customer, e.product(), r.getLong(n), e.value(),
                    e.time());
        });
    }

    /** A ratings file's lines as events, one chunk at a time (the header skipped); the rating count at the end. */
    private static Iterator<Row> ratingEvents(Iterator<Row> it, RatingsLoader.Layout layout, String file) {
        int partition = TaskContext.getPartitionId();
        String where = file + " (Spark partition " + partition + ")";
        boolean[] headerPending = {layout.header() && partition == 0}; // the file's first split holds its header
        long[] counts = new long[4];
        return events(it, counts, (r, at) -> {
            String text = r.getString(0);
            if (text.isBlank()) {
                return null;
            }
            if (headerPending[0]) {
                headerPending[0] = false;
                return null;
            }
            RatingsLoader.Rating rating = RatingsLoader.rating(text, layout, where, at);
            if (rating == null) {
                return null; // a rating by nobody in particular
            }
            counts[RATINGS]++;
            return RowFactory.create(pairKey(rating.user(), rating.item()), rating.user(), rating.item(),
                    r.getLong(1), rating.rating(), rating.time());
        });
    }

    /** One input line's event row, or null when it gives none; {@code at} is its number in the partition, from 1. */
    private interface LineEvent {
        Row of(Row line, long at);
    }

    /** A partition's lines as events, {@link #CHUNK} lines at a time; the partition's {@code counts} at the end. */
    private static Iterator<Row> events(Iterator<Row> it, long[] counts, LineEvent event) {
        return new ChunkedRows(it, CHUNK) {
            private long line;

            @Override
            List<Row> chunk(List<Row> rows) {
                List<Row> out = new ArrayList<>(rows.size());
                for (Row r : rows) {
                    Row e = event.of(r, ++line);
                    if (e != null) {
                        out.add(e);
                    }
                }
                return out;
            }

            @Override
            List<Row> last() {
                return countRows(counts);
            }
        };
    }

    private static List<Row> countRows(long[] counts) {
        List<Row> out = new ArrayList<>();
        addCounts(out, counts);
        return out;
    }

    private static void addCounts(List<Row> out, long[] counts) {
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                out.add(RowFactory.create(COUNT + k, null, null, counts[k], 0f, 0L));
            }
        }
    }
}
