package io.safesegment.spark;

import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.value.ClvCustomers;
import io.safesegment.core.value.ClvOptions;
import io.safesegment.core.value.CustomerPurchases;
import io.safesegment.core.value.PurchaseLog;
import io.safesegment.core.value.TimeUnit;
import io.safesegment.core.value.ValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The per-customer summary of a {@code clv} step on Spark: executors read every line with the desktop's
 * {@code PurchaseLog} rules (the core's parsers; rows without customer or timestamp, without an amount and returns
 * excluded and counted), a group-by per customer sorts the customer's purchases into file order and reduces them with
 * the core's {@link ClvCustomers#customer} (the same periods, frequency, recency, T and repeat spend summed in the
 * desktop's order), and only one row per customer comes to the driver, where the desktop's BG/NBD and Gamma-Gamma fits
 * and scoring run ({@code ValueService.clv(ClvCustomers, ...)}). The files are the desktop's to the byte.
 */
final class SparkClv {
    /** Key prefix of a customer's group; exclusion counts are grouped under {@link #EXCLUDED} + the reason. */
    private static final String CUSTOMER = "c";
    private static final String EXCLUDED = "x";
    private static final int NO_CUSTOMER = 0;
    private static final int NO_TIMESTAMP = 1;
    private static final int NO_AMOUNT = 2;
    private static final int RETURN = 3;

    private static final StructType LINE = new StructType().add("key", DataTypes.StringType)
            .add("row", DataTypes.LongType).add("day", DataTypes.IntegerType).add("amount", DataTypes.DoubleType);
    private static final StructType FIGURES = new StructType().add("key", DataTypes.StringType)
            .add("firstRow", DataTypes.LongType).add("lastDay", DataTypes.LongType).add("count", DataTypes.LongType)
            .add("first", DataTypes.LongType).add("last", DataTypes.LongType).add("periods", DataTypes.IntegerType)
            .add("monetary", DataTypes.DoubleType)
            .add("calFirst", DataTypes.LongType).add("calLast", DataTypes.LongType)
            .add("calPeriods", DataTypes.IntegerType).add("calMonetary", DataTypes.DoubleType)
            .add("holdout", DataTypes.IntegerType);

    private SparkClv() {
    }

    /** One row per customer of {@code tx}, in the desktop's order (first purchase in the file). */
    static ClvCustomers customers(SparkFrame tx, ClvOptions options) {
        ColumnsSchema schema = tx.schema();
        Table header = ChunkTables.build(schema, List.of(), "transactions");
        RoleMapping roles = RoleSuggester.resolve(header, tx.roles().restrictedTo(header));
        String id = require(roles, SemanticRole.CUSTOMER_ID, header);
        String time = require(roles, SemanticRole.TIMESTAMP, header);
        Optional<AmountDerivation> derivation = AmountDerivation.of(roles);
        String amount = roles.column(SemanticRole.AMOUNT).orElse(null);
        String quantity = amount == null && derivation.isPresent()
                ? roles.column(SemanticRole.QUANTITY).orElse(null) : null;
        String price = quantity == null ? null : roles.column(SemanticRole.UNIT_PRICE).orElse(null);
        boolean hasAmount = amount != null || (quantity != null && price != null);
        // the customer id is read as text, as the desktop's segment reader declares identifiers
        ColumnType[] types = schema.types().clone();
        for (int i = 0; i < types.length; i++) {
            if (schema.names()[i].equals(id)) {
                types[i] = ColumnType.TEXT;
            }
        }
        ColumnsSchema read = new ColumnsSchema(schema.names(), types, schema.patterns(), schema.missing());
        AmountDerivation d = derivation.orElse(null);
        TimeUnit unit = options.unit();
        LocalDate calibrationEnd = options.calibrationEnd();
        Dataset<Row> lines = tx.rows().withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> lines(it, read, id, time, amount, quantity,
                        price, d), Encoders.row(LINE));
        List<Row> rows = lines.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (key, group) -> figures(key, group, hasAmount, unit,
                        calibrationEnd), Encoders.row(FIGURES))
                .collectAsList();
        int[] excluded = new int[4];
        List<Row> customers = new ArrayList<>();
        for (Row r : rows) {
            if (r.getString(0).startsWith(EXCLUDED)) {
                excluded[Integer.parseInt(r.getString(0).substring(1))] = Math.toIntExact(r.getLong(3));
            } else {
                customers.add(r);
            }
        }
        customers.sort(Comparator.comparingLong(r -> r.getLong(1)));
        List<ClvCustomers.Customer> out = new ArrayList<>(customers.size());
        long latest = Long.MIN_VALUE;
        for (Row r : customers) {
            latest = Math.max(latest, r.getLong(2));
            out.add(new ClvCustomers.Customer(r.getString(0).substring(CUSTOMER.length()), r.getLong(2),
                    figures(r, 4), r.isNullAt(8) ? null : figures(r, 8), r.getInt(12)));
        }
        PurchaseLog.Exclusions exclusions = new PurchaseLog.Exclusions(excluded[NO_CUSTOMER], excluded[NO_TIMESTAMP],
                excluded[NO_AMOUNT], excluded[RETURN]);
        return new ClvCustomers(out, hasAmount, out.isEmpty() ? LocalDate.EPOCH : LocalDate.ofEpochDay(latest),
                exclusions);
    }

    private static String require(RoleMapping roles, SemanticRole role, Table header) {
        return roles.column(role).filter(header::containsColumn).orElseThrow(() -> new ValueException(
                Message.of("value.error.noRole", role.cliName(), header.columnNames().toString())));
    }

    /**
     * Every purchase of a partition as (customer key, row, day, amount), read in typed chunks of
     * {@link PartitionMasker#CHUNK_ROWS} rows; exclusions as one count row per reason at the end.
     */
    private static Iterator<Row> lines(Iterator<Row> it, ColumnsSchema read, String id, String time, String amount,
                                       String quantity, String price, AmountDerivation derivation) {
        long[] excluded = new long[4];
        return new ChunkedRows(it, PartitionMasker.CHUNK_ROWS) {
            @Override
            List<Row> chunk(List<Row> rows) {
                return purchases(rows, read, id, time, amount, quantity, price, derivation, excluded);
            }

            @Override
            List<Row> last() {
                List<Row> out = new ArrayList<>();
                for (int k = 0; k < excluded.length; k++) {
                    if (excluded[k] > 0) {
                        out.add(RowFactory.create(EXCLUDED + k, excluded[k], 0, 0.0));
                    }
                }
                return out;
            }
        };
    }

    private static List<Row> purchases(List<Row> rows, ColumnsSchema read, String id, String time, String amount,
                                       String quantity, String price, AmountDerivation derivation, long[] excluded) {
        Table t = ChunkTables.table(read, rows, "transactions");
        Column<?> idCol = t.column(id);
        Column<?> timeCol = t.column(time);
        Column<?> amountCol = amount == null ? null : t.column(amount);
        Column<?> qCol = quantity == null ? null : t.column(quantity);
        Column<?> pCol = price == null ? null : t.column(price);
        boolean hasAmount = amountCol != null || (qCol != null && pCol != null);
        List<Row> out = new ArrayList<>(rows.size());
        for (int r = 0; r < t.rowCount(); r++) {
            String cid = ColumnValues.customerId(idCol, r);
            if (cid == null) {
                excluded[NO_CUSTOMER]++;
                continue;
            }
            LocalDate day = ColumnValues.date(timeCol, r);
            if (day == null) {
                excluded[NO_TIMESTAMP]++;
                continue;
            }
            double a = Double.NaN;
            if (hasAmount) {
                a = amountCol != null ? ColumnValues.number(amountCol, r)
                        : derivation.apply(ColumnValues.number(qCol, r), ColumnValues.number(pCol, r));
                if (!Double.isFinite(a)) {
                    excluded[NO_AMOUNT]++;
                    continue;
                }
                if (a < 0) {
                    excluded[RETURN]++;
                    continue;
                }
            }
            out.add(RowFactory.create(CUSTOMER + cid, rows.get(r).getLong(read.size()),
                    Math.toIntExact(day.toEpochDay()), a));
        }
        return out;
    }

    /** One customer's figures from the purchases in file order (or the sum of one exclusion reason's counts). */
    private static Row figures(String key, Iterator<Row> group, boolean hasAmount, TimeUnit unit,
                               LocalDate calibrationEnd) {
        if (key.startsWith(EXCLUDED)) {
            long n = 0;
            while (group.hasNext()) {
                n += group.next().getLong(1);
            }
            return RowFactory.create(key, 0L, 0L, n, 0L, 0L, 0, 0.0, null, null, null, null, 0);
        }
        List<Row> list = new ArrayList<>();
        group.forEachRemaining(list::add);
        list.sort(Comparator.comparingLong(r -> r.getLong(1)));
        int[] days = new int[list.size()];
        double[] amounts = new double[list.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = list.get(i).getInt(2);
            amounts[i] = list.get(i).getDouble(3);
        }
        ClvCustomers.Customer c = ClvCustomers.customer(key, days, amounts, hasAmount, unit, calibrationEnd);
        CustomerPurchases.Figures w = c.whole();
        CustomerPurchases.Figures cal = c.calibration();
        return RowFactory.create(key, list.get(0).getLong(1), c.lastDay(), (long) days.length, w.firstPeriod(),
                w.lastPeriod(), w.distinctPeriods(), w.monetary(), cal == null ? null : cal.firstPeriod(),
                cal == null ? null : cal.lastPeriod(), cal == null ? null : cal.distinctPeriods(),
                cal == null ? null : cal.monetary(), c.holdoutPurchases());
    }

    private static CustomerPurchases.Figures figures(Row r, int at) {
        return new CustomerPurchases.Figures(r.getLong(at), r.getLong(at + 1), r.getInt(at + 2), r.getDouble(at + 3));
    }
}
