package io.safesegment.spark;

import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.MissingValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * The customer features a {@code segment} step builds from raw transactions, on Spark, by the desktop's rules
 * ({@code FeatureBuilder}, {@code TransactionAggregates}): customers in file order, a repeated id kept once, lines
 * without a customer or an amount and lines of unknown customers left out; per customer a group-by gives the order
 * count (distinct order ids among purchases, else purchase lines), the net spend summed in file order, first and last
 * purchase day (any line for a customer with only returns) and the lines per channel; the reference date is the
 * latest day of those lines unless the step gives one. Customer columns come per row: numbers as they are, the
 * birth date as {@code age}, the signup date as {@code tenure_days} (else the first purchase), other dates as
 * {@code NAME_days}. One row per customer comes back to the driver, where missing values are imputed or dropped
 * with the desktop's code. Text columns (one-hot encoding needs the whole column's spellings) and category shares
 * (the product table) are refused.
 */
final class SparkFeatures {
    private static final Set<String> AGGREGATES = Set.of("order_count", "total_spend", "avg_spend", "recency_days",
            "first_purchase_days", "channel_shares");

    private SparkFeatures() {
    }

    /** The features per customer (rows in customer order, columns in {@code names} order) as the desktop's raw. */
    record Built(List<String> customerIds, List<String> names, double[][] raw, LocalDate reference) {
    }

    static Built build(SparkFrame customers, SparkFrame transactions, RoleMapping overrides, FeatureOptions options) {
        ColumnsSchema cs = readAsSegment(customers.schema(), roles(customers.schema(), overrides));
        ColumnsSchema ts = readAsSegment(transactions.schema(), roles(transactions.schema(), overrides));
        RoleMapping cRoles = roles(cs, overrides);
        RoleMapping tRoles = roles(ts, overrides);
        String cid = require(cRoles, SemanticRole.CUSTOMER_ID, "customers");
        // 1. customers: first row of every id
        StructType idRow = new StructType().add("cid", DataTypes.StringType).add("row", DataTypes.LongType);
        Dataset<Row> firsts = customers.rows().withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions(new FeatureRows.CustomerIds(cs, cid), Encoders.row(idRow))
                .groupBy("cid").agg(functions.min("row").as("row"));
        // 2. transaction lines of known customers
        FeatureRows.Line line = new FeatureRows.Line(ts, require(tRoles, SemanticRole.CUSTOMER_ID, "transactions"),
                require(tRoles, SemanticRole.TIMESTAMP, "transactions"),
                tRoles.column(SemanticRole.AMOUNT).orElse(null), AmountDerivation.of(tRoles).isPresent()
                && !tRoles.has(SemanticRole.AMOUNT) ? tRoles.column(SemanticRole.QUANTITY).orElseThrow() : null,
                AmountDerivation.of(tRoles).isPresent() && !tRoles.has(SemanticRole.AMOUNT)
                        ? tRoles.column(SemanticRole.UNIT_PRICE).orElseThrow() : null,
                tRoles.column(SemanticRole.ORDER_ID).orElse(null), tRoles.column(SemanticRole.CHANNEL).orElse(null));
        if (line.amount() == null && line.quantity() == null) {
            throw new IllegalArgumentException("the transactions need an amount, or quantity and unit_price");
        }
        Dataset<Row> lines = transactions.rows().withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions(line, Encoders.row(FeatureRows.Line.SCHEMA));
        Dataset<Row> matched = lines.join(firsts.select("cid"), lines.col("cid").equalTo(firsts.col("cid")),
                "left_semi").cache();
        try {
            LocalDate reference = options.referenceDate();
            if (reference == null) {
                Row latest = matched.agg(functions.max("day")).first();
                reference = latest.isNullAt(0) ? null : LocalDate.ofEpochDay(latest.getLong(0));
            }
            List<String> channels = matched.filter(functions.col("channel").isNotNull()).select("channel")
                    .distinct().as(Encoders.STRING()).collectAsList();
            TreeMap<String, Integer> channelIndex = new TreeMap<>();
            channels.stream().sorted().forEach(c -> channelIndex.put(c, channelIndex.size()));
            StructType aggRow = new StructType().add("cid", DataTypes.StringType).add("count", DataTypes.LongType)
                    .add("lines", DataTypes.LongType).add("total", DataTypes.DoubleType)
                    .add("firstDay", DataTypes.LongType).add("lastDay", DataTypes.LongType)
                    .add("firstAny", DataTypes.LongType).add("lastAny", DataTypes.LongType)
                    .add("channels", DataTypes.createArrayType(DataTypes.LongType));
            Map<String, Integer> ci = new HashMap<>(channelIndex);
            Dataset<Row> aggregates = matched.groupByKey((MapFunction<Row, String>) r -> r.getString(0),
                    Encoders.STRING()).mapGroups((MapGroupsFunction<String, Row, Row>) (id, it) ->
                    aggregate(id, it, ci), Encoders.row(aggRow));
            // 3. customer columns per row, with the reference date
            FeatureRows.CustomerColumns columns = new FeatureRows.CustomerColumns(cs, cid, cRoles.column(SemanticRole.BIRTH_DATE).orElse(null),
                    cRoles.column(SemanticRole.SIGNUP_DATE).orElse(null), reference == null ? Long.MIN_VALUE
                    : reference.toEpochDay());
            Table shape = ChunkTables.build(cs, List.of(), "customers");
            List<String> customerFeatures = columns.features(shape);
            StructType valueRow = new StructType().add("cid", DataTypes.StringType).add("row", DataTypes.LongType);
            for (int i = 0; i < customerFeatures.size(); i++) {
                valueRow = valueRow.add("f" + i, DataTypes.DoubleType, true);
            }
            Dataset<Row> values = customers.rows().withColumn("__row", functions.monotonically_increasing_id())
                    .mapPartitions(columns, Encoders.row(valueRow));
            Dataset<Row> joined = values.join(firsts, scala.jdk.javaapi.CollectionConverters.asScala(
                    List.of("cid", "row")).toSeq()).join(aggregates, scala.jdk.javaapi.CollectionConverters.asScala(
                    List.of("cid")).toSeq(), "left_outer").orderBy("row");
            List<Row> rows = joined.collectAsList();
            return assemble(rows, customerFeatures, new ArrayList<>(channelIndex.keySet()), reference, options);
        } finally {
            matched.unpersist();
        }
    }

    /** The desktop's selection and missing-value rule over the collected rows. */
    private static Built assemble(List<Row> rows, List<String> customerFeatures, List<String> channels,
                                  LocalDate reference, FeatureOptions options) {
        int n = rows.size();
        Map<String, double[]> numeric = new LinkedHashMap<>();
        int base = 2 + customerFeatures.size();
        for (int f = 0; f < customerFeatures.size(); f++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                Row r = rows.get(i);
                v[i] = r.isNullAt(2 + f) ? Double.NaN : r.getDouble(2 + f);
            }
            numeric.put(customerFeatures.get(f), v);
        }
        double[] orders = new double[n];
        double[] spend = new double[n];
        double[] avg = new double[n];
        double[] recency = new double[n];
        double[] first = new double[n];
        double[][] shares = new double[channels.size()][n];
        long ref = reference == null ? 0 : reference.toEpochDay();
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            ids.add(r.getString(0));
            boolean none = r.isNullAt(base);
            long count = none ? 0 : r.getLong(base);
            long lines = none ? 0 : r.getLong(base + 1);
            double total = none ? 0 : r.getDouble(base + 2);
            long firstDay = none ? Long.MAX_VALUE : r.getLong(base + 3);
            long lastDay = none ? Long.MIN_VALUE : r.getLong(base + 4);
            long firstAny = none ? Long.MAX_VALUE : r.getLong(base + 5);
            long lastAny = none ? Long.MIN_VALUE : r.getLong(base + 6);
            orders[i] = count;
            spend[i] = total;
            avg[i] = count == 0 ? Double.NaN : total / count;
            long last = lastDay != Long.MIN_VALUE ? lastDay : lastAny;
            long firstSeen = firstDay != Long.MAX_VALUE ? firstDay : firstAny;
            recency[i] = last == Long.MIN_VALUE ? Double.NaN : ref - last;
            first[i] = firstSeen == Long.MAX_VALUE ? Double.NaN : ref - firstSeen;
            List<Long> perChannel = none ? null : r.getList(base + 7);
            for (int c = 0; c < channels.size(); c++) {
                shares[c][i] = lines == 0 ? 0 : (double) perChannel.get(c) / lines;
            }
        }
        numeric.put("order_count", orders);
        numeric.put("total_spend", spend);
        numeric.put("avg_spend", avg);
        if (reference != null) {
            numeric.put("recency_days", recency);
            numeric.put("first_purchase_days", first);
            if (!numeric.containsKey("tenure_days") || allMissing(numeric.get("tenure_days"))) {
                numeric.put("tenure_days", first);
            }
        }
        for (int c = 0; c < channels.size(); c++) {
            numeric.put("channel:" + channels.get(c), shares[c]);
        }
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (String requested : options.columns()) {
            if (requested.equals("channel_shares")) {
                for (String ch : channels) {
                    names.add("channel:" + ch);
                    columns.add(numeric.get("channel:" + ch));
                }
                if (channels.isEmpty()) {
                    throw new IllegalArgumentException("feature 'channel_shares' needs a channel column");
                }
            } else if (numeric.containsKey(requested)) {
                names.add(requested);
                columns.add(numeric.get(requested));
            } else {
                throw new IllegalArgumentException("feature '" + requested + "' is not built on Spark (numbers, "
                        + "dates and transaction aggregates are; text and category shares run on the desktop); "
                        + "available: " + new java.util.TreeSet<>(numeric.keySet()));
            }
        }
        // missing values, as the desktop: mean of the present values (in customer order), or drop the customer
        boolean[] drop = new boolean[n];
        for (int j = 0; j < columns.size(); j++) {
            double[] col = columns.get(j);
            int count = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(col[i])) {
                    count++;
                } else {
                    sum += col[i];
                }
            }
            if (count == n) {
                throw new IllegalArgumentException("feature '" + names.get(j) + "' has no values");
            }
            if (count > 0) {
                double mean = sum / (n - count);
                col = col.clone();
                columns.set(j, col);
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(col[i])) {
                        if (options.missing() == MissingValues.MEAN_IMPUTE) {
                            col[i] = mean;
                        } else {
                            drop[i] = true;
                        }
                    }
                }
            }
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                keep.add(i);
            }
        }
        double[][] raw = new double[columns.size()][keep.size()];
        List<String> keptIds = new ArrayList<>();
        for (int p = 0; p < keep.size(); p++) {
            keptIds.add(ids.get(keep.get(p)));
            for (int j = 0; j < columns.size(); j++) {
                raw[j][p] = columns.get(j)[keep.get(p)];
            }
        }
        return new Built(keptIds, names, raw, reference);
    }

    /**
     * The features of a segment step from transactions, log-transformed where the step's options say so (as the
     * desktop does before scaling), as a frame {@code id, f0, f1, ...} for MLlib k-means (which z-scores them unless
     * the step says {@code "scaling": "none"}). Per-column scalings are refused.
     */
    static SparkFrame prepared(org.apache.spark.sql.SparkSession spark, io.safesegment.core.recipe.RecipeStep s,
                               SparkFrame customers, SparkFrame transactions) {
        FeatureOptions options = io.safesegment.core.recipe.EngineSteps.featureOptions(s);
        if (!options.scalingByColumn().isEmpty() || options.scaling() != io.safesegment.core.segment.features
                .Scaling.ZSCORE && options.scaling() != io.safesegment.core.segment.features.Scaling.NONE) {
            throw io.safesegment.core.recipe.RecipeEngine.unsupported(s, "scaling", "a scaling other than z-score "
                    + "or none", io.safesegment.core.recipe.RecipeEngine.SPARK);
        }
        Built b = build(customers, transactions, transactions.roles().overriddenBy(customers.roles()), options);
        StructType schema = new StructType().add("id", DataTypes.StringType);
        List<io.safesegment.core.data.io.ColumnSpec> specs = new ArrayList<>();
        specs.add(new io.safesegment.core.data.io.ColumnSpec("id", ColumnType.TEXT, null));
        for (int j = 0; j < b.names().size(); j++) {
            schema = schema.add("f" + j, DataTypes.DoubleType);
            specs.add(new io.safesegment.core.data.io.ColumnSpec("f" + j, ColumnType.DECIMAL, null));
        }
        List<Row> rows = new ArrayList<>(b.customerIds().size());
        for (int i = 0; i < b.customerIds().size(); i++) {
            Object[] cells = new Object[1 + b.names().size()];
            cells[0] = b.customerIds().get(i);
            for (int j = 0; j < b.names().size(); j++) {
                double v = b.raw()[j][i];
                cells[1 + j] = options.logColumns().contains(b.names().get(j)) ? Math.log1p(Math.max(0, v)) : v;
            }
            rows.add(RowFactory.create(cells));
        }
        return new SparkFrame(spark.createDataFrame(rows, schema), ColumnsSchema.of(specs),
                RoleMapping.parse("customer_id=id"), null, null);
    }

    private static boolean allMissing(double[] v) {
        for (double x : v) {
            if (!Double.isNaN(x)) {
                return false;
            }
        }
        return true;
    }

    /** One customer's figures from its lines, in file order (as the desktop's single pass). */
    private static Row aggregate(String id, Iterator<Row> it, Map<String, Integer> channelIndex) {
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
        }
        return RowFactory.create(id, count, lines, total, firstDay, lastDay, firstAny, lastAny,
                scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(channels)).toSeq());
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
    private static ColumnsSchema readAsSegment(ColumnsSchema schema, RoleMapping roles) {
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
