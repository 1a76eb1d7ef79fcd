package io.safesegment.spark;

import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * The customer features of a {@code segment} step on Spark, by the desktop's rules ({@code FeatureBuilder},
 * {@code TransactionAggregates}): customers in file order, a repeated id kept once, lines without a customer or an
 * amount and lines of unknown customers left out; per customer a group-by gives the order count (distinct order ids
 * among purchases, else purchase lines), the net spend summed in file order, first and last purchase day (any line
 * for a customer with only returns), the lines per channel and, with a product table, the lines per product category
 * ({@link SparkCategoryShares}, a distributed join); the reference date is the latest day of those lines unless the
 * step gives one (without transactions: the latest date in the customer table). Customer columns come per row:
 * numbers as they are, the birth date as {@code age}, the signup date as {@code tenure_days} (else the first purchase),
 * other dates as {@code NAME_days}, text as its trimmed cell text. One row per customer comes back to the driver,
 * where the desktop's own {@code FeatureBuilder} finishes the matrix ({@link DriverFeatures}: selection, one-hot
 * encoding, missing values, log transform, every scaling).
 */
final class SparkFeatures {
    private SparkFeatures() {
    }

    /** The features per customer (rows in customer order, columns in {@code names} order) as the desktop's raw. */
    record Built(List<String> customerIds, List<String> names, double[][] raw, LocalDate reference) {
    }

    /** {@link #matrix} without a product table, as the desktop's raw values. */
    static Built build(SparkFrame customers, SparkFrame transactions, RoleMapping overrides, FeatureOptions options) {
        FeatureMatrix m = matrix(customers, transactions, null, overrides, options);
        return new Built(m.customerIds(), m.featureNames(), m.raw(), m.referenceDate());
    }

    /**
     * The desktop's feature matrix of a segment step.
     *
     * @param transactions the step's transactions, or null (features from the customer table only)
     * @param products     the step's product table (category shares), or null; ignored without transactions, as on
     *                     the desktop
     */
    static FeatureMatrix matrix(SparkFrame customers, SparkFrame transactions, SparkFrame products,
                                RoleMapping overrides, FeatureOptions options) {
        return matrix(customers, transactions, products, overrides, options, List.of());
    }

    /**
     * {@link #matrix(SparkFrame, SparkFrame, SparkFrame, RoleMapping, FeatureOptions)} keeping also the text columns
     * a rules step groups by ({@code groupBy}). Text columns neither chosen as features nor grouped by stay on the
     * executors, so the matrix's {@code categories} hold only those (the desktop also keeps other text columns with
     * few levels, for the top values its profile screen shows; no file holds them).
     */
    static FeatureMatrix matrix(SparkFrame customers, SparkFrame transactions, SparkFrame products,
                                RoleMapping overrides, FeatureOptions options, List<String> groupBy) {
        ColumnsSchema cs = readAsSegment(customers.schema(), roles(customers.schema(), overrides));
        RoleMapping cRoles = roles(cs, overrides);
        String cid = require(cRoles, SemanticRole.CUSTOMER_ID, "customers");
        // 1. customers: first row of every id (one row per customer, used twice: cached)
        Dataset<Row> firsts = firsts(customers, cs, cid).cache();
        Dataset<Row> matched = transactions == null ? null : matchedLines(transactions, products, overrides, firsts);
        try {
            LocalDate reference = options.referenceDate();
            if (reference == null) {
                reference = matched != null ? latest(matched) : latestInCustomers(cs, customers);
            }
            DriverFeatures.Aggregates names = null;
            Dataset<Row> aggregates = null;
            if (matched != null) {
                names = new DriverFeatures.Aggregates(distinctSorted(matched, "channel"),
                        distinctSorted(matched, "category"));
                aggregates = aggregates(matched, names);
            }
            // 2. customer columns per row, with the reference date
            FeatureRows.CustomerColumns columns = new FeatureRows.CustomerColumns(cs, cid,
                    cRoles.column(SemanticRole.BIRTH_DATE).orElse(null),
                    cRoles.column(SemanticRole.SIGNUP_DATE).orElse(null),
                    reference == null ? Long.MIN_VALUE : reference.toEpochDay(), textColumns(options, groupBy));
            Table shape = ChunkTables.build(cs, List.of(), "customers");
            List<FeatureRows.CustomerColumns.Feature> customerFeatures = columns.features(shape);
            StructType valueRow = new StructType().add("cid", DataTypes.StringType).add("row", DataTypes.LongType);
            for (int i = 0; i < customerFeatures.size(); i++) {
                valueRow = valueRow.add("f" + i, customerFeatures.get(i).text() ? DataTypes.StringType
                        : DataTypes.DoubleType, true);
            }
            Dataset<Row> joined = numbered(customers).mapPartitions(columns, Encoders.row(valueRow))
                    .join(firsts, seq("cid", "row"));
            if (aggregates != null) {
                joined = joined.join(aggregates, seq("cid"), "left_outer");
            }
            List<Row> rows = joined.orderBy("row").collectAsList();
            CustomerData data = DriverFeatures.table(rows, cid, customerFeatures, names, reference);
            return SegmentationService.features(data, reference == null ? options
                    : options.withReferenceDate(reference), Progress.NONE);
        } finally {
            if (matched != null) {
                matched.unpersist();
            }
            firsts.unpersist();
        }
    }

    /**
     * How many customers the customer table has as the desktop counts them (distinct ids; empty and {@code NA} ids
     * left out): the most rows a feature matrix of the table can have.
     */
    static long customerCount(SparkFrame customers, RoleMapping overrides) {
        ColumnsSchema cs = readAsSegment(customers.schema(), roles(customers.schema(), overrides));
        return firsts(customers, cs, require(roles(cs, overrides), SemanticRole.CUSTOMER_ID, "customers")).count();
    }

    /** The first file row of every customer id: {@code cid, row}. */
    private static Dataset<Row> firsts(SparkFrame customers, ColumnsSchema cs, String cid) {
        StructType idRow = new StructType().add("cid", DataTypes.StringType).add("row", DataTypes.LongType);
        return numbered(customers).mapPartitions(new FeatureRows.CustomerIds(cs, cid), Encoders.row(idRow))
                .groupBy("cid").agg(functions.min("row").as("row"));
    }

    private static Set<String> textColumns(FeatureOptions options, List<String> groupBy) {
        Set<String> wanted = new HashSet<>(options.columns());
        wanted.addAll(groupBy);
        return wanted;
    }

    private static Dataset<Row> numbered(SparkFrame frame) {
        return frame.rows().withColumn("__row", functions.monotonically_increasing_id());
    }

    private static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }

    /** Transaction lines of known customers (cached), with their product category when a product table is given. */
    private static Dataset<Row> matchedLines(SparkFrame transactions, SparkFrame products, RoleMapping overrides,
                                             Dataset<Row> firsts) {
        ColumnsSchema ts = readAsSegment(transactions.schema(), roles(transactions.schema(), overrides));
        RoleMapping tRoles = roles(ts, overrides);
        boolean derived = AmountDerivation.of(tRoles).isPresent() && !tRoles.has(SemanticRole.AMOUNT);
        String product = tRoles.column(SemanticRole.PRODUCT_ID).orElse(null);
        FeatureRows.Line line = new FeatureRows.Line(ts, require(tRoles, SemanticRole.CUSTOMER_ID, "transactions"),
                require(tRoles, SemanticRole.TIMESTAMP, "transactions"),
                tRoles.column(SemanticRole.AMOUNT).orElse(null),
                derived ? tRoles.column(SemanticRole.QUANTITY).orElseThrow() : null,
                derived ? tRoles.column(SemanticRole.UNIT_PRICE).orElseThrow() : null,
                tRoles.column(SemanticRole.ORDER_ID).orElse(null), tRoles.column(SemanticRole.CHANNEL).orElse(null),
                product);
        if (line.amount() == null && line.quantity() == null) {
            throw new IllegalArgumentException("the transactions need an amount, or quantity and unit_price");
        }
        Dataset<Row> lines = numbered(transactions).mapPartitions(line, Encoders.row(FeatureRows.Line.SCHEMA));
        // as on the desktop, categories only when the lines name a product (the product table is not read otherwise)
        lines = products != null && product != null ? SparkCategoryShares.categorised(lines, products, overrides)
                : lines.withColumn("category", functions.lit(null).cast(DataTypes.StringType));
        return lines.join(firsts.select("cid"), seq("cid"), "left_semi").cache();
    }

    private static LocalDate latest(Dataset<Row> matched) {
        Row latest = matched.agg(functions.max("day")).first();
        return latest.isNullAt(0) ? null : LocalDate.ofEpochDay(latest.getLong(0));
    }

    /** The desktop's reference date without transactions: the latest date in any date column of any customer row. */
    private static LocalDate latestInCustomers(ColumnsSchema cs, SparkFrame customers) {
        List<Long> days = numbered(customers).mapPartitions(new FeatureRows.LatestDay(cs), Encoders.LONG())
                .collectAsList();
        return days.isEmpty() ? null : LocalDate.ofEpochDay(days.stream().mapToLong(Long::longValue).max()
                .getAsLong());
    }

    /** The distinct present values of a line column in the desktop's (sorted map) order. */
    private static List<String> distinctSorted(Dataset<Row> matched, String column) {
        return matched.filter(functions.col(column).isNotNull()).select(column).distinct()
                .as(Encoders.STRING()).collectAsList().stream().sorted().toList();
    }

    /** One row per customer with lines: the group-by of {@link #aggregate}. */
    private static Dataset<Row> aggregates(Dataset<Row> matched, DriverFeatures.Aggregates names) {
        StructType aggRow = new StructType().add("cid", DataTypes.StringType).add("count", DataTypes.LongType)
                .add("lines", DataTypes.LongType).add("total", DataTypes.DoubleType)
                .add("firstDay", DataTypes.LongType).add("lastDay", DataTypes.LongType)
                .add("firstAny", DataTypes.LongType).add("lastAny", DataTypes.LongType)
                .add("channels", DataTypes.createArrayType(DataTypes.LongType))
                .add("categories", DataTypes.createArrayType(DataTypes.LongType));
        Map<String, Integer> channels = index(names.channels());
        Map<String, Integer> categories = index(names.categories());
        Column[] cols = {functions.col("cid"), functions.col("row"), functions.col("day"), functions.col("amount"),
            functions.col("order"), functions.col("channel"), functions.col("category")};
        return matched.select(cols).groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (id, it) -> aggregate(id, it, channels,
                        categories), Encoders.row(aggRow));
    }

    private static Map<String, Integer> index(List<String> values) {
        Map<String, Integer> m = new HashMap<>();
        values.forEach(v -> m.put(v, m.size()));
        return m;
    }

    /** One customer's figures from its lines, in file order (as the desktop's single pass). */
    private static Row aggregate(String id, Iterator<Row> it, Map<String, Integer> channelIndex,
                                 Map<String, Integer> categoryIndex) {
        List<Row> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        list.sort((a, b) -> Long.compare(a.getLong(1), b.getLong(1)));
        long count = 0;
        long lines = 0;
        double total = 0;
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        long firstAny = Long.MAX_VALUE;
        long lastAny = Long.MIN_VALUE;
        Long[] channels = new Long[channelIndex.size()];
        java.util.Arrays.fill(channels, 0L);
        Long[] categories = new Long[categoryIndex.size()];
        java.util.Arrays.fill(categories, 0L);
        Set<String> orders = new HashSet<>();
        for (Row r : list) {
            double value = r.getDouble(3);
            boolean purchase = value >= 0;
            lines++;
            total += value;
            if (purchase && (r.isNullAt(4) || orders.add(r.getString(4)))) {
                count++;
            }
            if (!r.isNullAt(2)) {
                long e = r.getLong(2);
                firstAny = Math.min(firstAny, e);
                lastAny = Math.max(lastAny, e);
                if (purchase) {
                    firstDay = Math.min(firstDay, e);
                    lastDay = Math.max(lastDay, e);
                }
            }
            if (!r.isNullAt(5)) {
                channels[channelIndex.get(r.getString(5))]++;
            }
            if (!r.isNullAt(6)) {
                categories[categoryIndex.get(r.getString(6))]++;
            }
        }
        return RowFactory.create(id, count, lines, total, firstDay, lastDay, firstAny, lastAny,
                scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(channels)).toSeq(),
                scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(categories)).toSeq());
    }

    /** Roles as the desktop's segment reader resolves them: suggested, overridden where the table has the column. */
    static RoleMapping roles(ColumnsSchema schema, RoleMapping overrides) {
        Map<SemanticRole, String> kept = new LinkedHashMap<>();
        overrides.asMap().forEach((role, column) -> {
            if (schema.indexOf(column) >= 0) {
                kept.put(role, column);
            }
        });
        return RoleSuggester.resolve(List.of(schema.names()), RoleMapping.of(kept));
    }

    /** Identifier columns, categories and booleans read as text, as the desktop's segment reader declares them. */
    static ColumnsSchema readAsSegment(ColumnsSchema schema, RoleMapping roles) {
        Set<String> ids = new HashSet<>();
        roles.asMap().forEach((role, column) -> {
            if (role == SemanticRole.CUSTOMER_ID || role == SemanticRole.ORDER_ID || role == SemanticRole.PRODUCT_ID) {
                ids.add(column);
            }
        });
        ColumnType[] types = schema.types().clone();
        String[] patterns = schema.patterns().clone();
        for (int i = 0; i < types.length; i++) {
            if (ids.contains(schema.names()[i]) || types[i] == ColumnType.CATEGORY || types[i] == ColumnType.BOOLEAN) {
                types[i] = ColumnType.TEXT;
                patterns[i] = null;
            }
        }
        return new ColumnsSchema(schema.names(), types, patterns, schema.missing());
    }

    private static String require(RoleMapping roles, SemanticRole role, String table) {
        return roles.column(role).orElseThrow(() -> new IllegalArgumentException("the " + table
                + " need a " + role.cliName() + " column (map it with roles)"));
    }
}
