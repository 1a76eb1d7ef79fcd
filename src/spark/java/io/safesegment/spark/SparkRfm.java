package io.safesegment.spark;

import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.segment.rfm.RfmAnalyzer;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.segment.rfm.RfmSegmentRule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * RFM on Spark with the desktop's counting rule (record 0009): executors read each line with the core's own
 * parsers ({@code ColumnValues}: customer id, amount or quantity × unit price, date), the per-customer figures are a
 * group-by (last purchase, distinct orders, net spend summed in file order, so the doubles are the desktop's to the
 * last bit), and only one row per customer comes back to the driver, which scores quintiles with
 * {@link RfmAnalyzer#quintileScores} and writes the desktop's file format.
 */
final class SparkRfm {
    private SparkRfm() {
    }

    /** What the step reports. */
    record Result(RfmResult rfm, long customers, LocalDate referenceDate) {
    }

    private static final StructType LINE = new StructType().add("cid", DataTypes.StringType)
            .add("row", DataTypes.LongType).add("day", DataTypes.LongType).add("amount", DataTypes.DoubleType)
            .add("order", DataTypes.StringType);
    private static final StructType CUSTOMER = new StructType().add("cid", DataTypes.StringType)
            .add("first", DataTypes.LongType).add("lastAny", DataTypes.LongType)
            .add("lastPurchase", DataTypes.LongType).add("purchases", DataTypes.LongType)
            .add("net", DataTypes.DoubleType);

    static Result run(SparkFrame tx, LocalDate referenceDate, Path out) throws IOException {
        RfmResult rfm = analyze(tx, referenceDate);
        if (out != null) {
            SegmentationService.writeRfm(out, rfm);
        }
        return new Result(rfm, rfm.customers().size(), rfm.referenceDate());
    }

    static RfmResult analyze(SparkFrame tx, LocalDate referenceDate) {
        ColumnsSchema schema = tx.schema();
        RoleMapping roles = RoleSuggester.resolve(List.of(schema.names()), tx.roles());
        String id = roles.column(SemanticRole.CUSTOMER_ID).orElseThrow(() -> new IllegalArgumentException(
                "RFM needs a customer_id column (map it with roles)"));
        String time = roles.column(SemanticRole.TIMESTAMP).orElseThrow(() -> new IllegalArgumentException(
                "RFM needs a timestamp column (map it with roles)"));
        Optional<AmountDerivation> derivation = AmountDerivation.of(roles);
        String amount = derivation.isPresent() ? null : roles.column(SemanticRole.AMOUNT).orElseThrow(
                () -> new IllegalArgumentException("RFM needs an amount, or quantity and unit_price"));
        String quantity = derivation.isPresent() ? roles.column(SemanticRole.QUANTITY).orElseThrow() : null;
        String price = derivation.isPresent() ? roles.column(SemanticRole.UNIT_PRICE).orElseThrow() : null;
        String order = roles.column(SemanticRole.ORDER_ID).orElse(null);
        // identifiers are read as text, as the desktop's segment reader declares them
        ColumnType[] types = schema.types().clone();
        for (int i = 0; i < types.length; i++) {
            if (schema.names()[i].equals(id) || schema.names()[i].equals(order)) {
                types[i] = ColumnType.TEXT;
            }
        }
        ColumnsSchema read = new ColumnsSchema(schema.names(), types, schema.patterns(), schema.missing());
        AmountDerivation d = derivation.orElse(null);
        Dataset<Row> lines = tx.rows().withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> lines(it, read, id, time, amount, quantity,
                        price, order, d), Encoders.row(LINE));
        List<Row> customers = lines.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) SparkRfm::customer, Encoders.row(CUSTOMER))
                .orderBy("first").collectAsList();
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("no purchases with a customer and an amount");
        }
        long latest = Long.MIN_VALUE;
        for (Row c : customers) {
            latest = Math.max(latest, c.getLong(2));
        }
        LocalDate reference = referenceDate != null ? referenceDate : LocalDate.ofEpochDay(latest);
        return score(customers, reference, order != null);
    }

    private static Iterator<Row> lines(Iterator<Row> it, ColumnsSchema read, String id, String time, String amount,
                                       String quantity, String price, String order, AmountDerivation derivation) {
        List<Row> out = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        List<Long> rowIds = new ArrayList<>();
        while (it.hasNext()) {
            Row r = it.next();
            texts.add(ChunkTables.texts(r, read.size()));
            rowIds.add(r.getLong(read.size()));
        }
        Table t = ChunkTables.build(read, texts, "transactions");
        var idCol = t.column(id);
        var timeCol = t.column(time);
        var amountCol = amount == null ? null : t.column(amount);
        var qCol = quantity == null ? null : t.column(quantity);
        var pCol = price == null ? null : t.column(price);
        var orderCol = order == null ? null : t.column(order);
        for (int r = 0; r < t.rowCount(); r++) {
            String cid = ColumnValues.customerId(idCol, r);
            if (cid == null) {
                continue;
            }
            double a = amountCol != null ? ColumnValues.number(amountCol, r)
                    : derivation.apply(ColumnValues.number(qCol, r), ColumnValues.number(pCol, r));
            if (Double.isNaN(a) || Double.isInfinite(a)) {
                continue;
            }
            LocalDate day = ColumnValues.date(timeCol, r);
            if (day == null) {
                throw new IllegalArgumentException("a purchase has no readable date in column " + time);
            }
            out.add(RowFactory.create(cid, rowIds.get(r), day.toEpochDay(), a,
                    orderCol == null ? null : ColumnValues.text(orderCol, r)));
        }
        return out.iterator();
    }

    /** One customer's figures, summed in file order like the desktop's single pass. */
    private static Row customer(String cid, Iterator<Row> rows) {
        List<Row> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        list.sort((a, b) -> Long.compare(a.getLong(1), b.getLong(1)));
        long lastAny = Long.MIN_VALUE;
        long lastPurchase = Long.MIN_VALUE;
        long purchases = 0;
        double net = 0;
        Set<String> orders = new HashSet<>();
        for (Row r : list) {
            long day = r.getLong(2);
            double a = r.getDouble(3);
            lastAny = Math.max(lastAny, day);
            net += a;
            if (a >= 0) {
                lastPurchase = Math.max(lastPurchase, day);
                String o = r.getString(4);
                if (o == null || orders.add(o)) {
                    purchases++;
                }
            }
        }
        return RowFactory.create(cid, list.get(0).getLong(1), lastAny, lastPurchase, purchases, net);
    }

    private static RfmResult score(List<Row> rows, LocalDate reference, boolean orders) {
        int n = rows.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int c = 0; c < n; c++) {
            Row r = rows.get(c);
            long last = r.getLong(3) != Long.MIN_VALUE ? r.getLong(3) : r.getLong(2);
            recency[c] = reference.toEpochDay() - last;
            frequency[c] = r.getLong(4);
            monetary[c] = r.getDouble(5);
        }
        int[] rs = RfmAnalyzer.quintileScores(Arrays.stream(recency).map(v -> -v).toArray());
        int[] fs = RfmAnalyzer.quintileScores(frequency);
        int[] ms = RfmAnalyzer.quintileScores(monetary);
        List<RfmSegmentRule> rules = RfmSegmentRule.defaults();
        List<RfmResult.Customer> customers = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            String name = "other";
            if (monetary[c] <= 0) {
                name = RfmAnalyzer.NO_NET_SPEND;
            } else {
                for (RfmSegmentRule rule : rules) {
                    if (rule.matches(rs[c], fs[c])) {
                        name = rule.name();
                        break;
                    }
                }
            }
            customers.add(new RfmResult.Customer(rows.get(c).getString(0), (long) recency[c], (long) frequency[c],
                    monetary[c], rs[c], fs[c], ms[c], name));
        }
        return new RfmResult(reference, customers, List.of(), orders ? RfmAnalyzer.ORDERS : RfmAnalyzer.LINE_ITEMS,
                0, 0, null, java.util.Map.of());
    }
}
