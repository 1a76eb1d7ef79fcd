package io.safesegment.spark;

import io.safesegment.core.segment.features.ColumnValues;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The per-partition readers of {@link SparkFeatures}: each rebuilds a typed chunk with the desktop's column types and
 * reads it with the desktop's {@link ColumnValues} (customer ids, amounts, dates, texts), so a value means on Spark
 * what it means in {@code FeatureBuilder}.
 */
final class FeatureRows {
    private FeatureRows() {
    }

    private static Table chunk(Iterator<Row> it, ColumnsSchema schema, List<Long> ids) {
        List<String[]> texts = new ArrayList<>();
        while (it.hasNext()) {
            Row r = it.next();
            texts.add(ChunkTables.texts(r, schema.size()));
            ids.add(r.getLong(schema.size()));
        }
        return ChunkTables.build(schema, texts, "chunk");
    }

    /** The customer id of every customer row. */
    record CustomerIds(ColumnsSchema schema, String id) implements MapPartitionsFunction<Row, Row>,
            Serializable {
        @Override
        public Iterator<Row> call(Iterator<Row> it) {
            List<Long> rows = new ArrayList<>();
            Table t = chunk(it, schema, rows);
            Column<?> c = t.column(id);
            List<Row> out = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                String v = ColumnValues.customerId(c, r);
                if (v != null) {
                    out.add(RowFactory.create(v, rows.get(r)));
                }
            }
            return out.iterator();
        }
    }

    /** A transaction line as the desktop reads it: customer, file row, day, amount, order id, channel, product. */
    record Line(ColumnsSchema schema, String id, String time, String amount, String quantity, String price,
                        String order, String channel, String product) implements MapPartitionsFunction<Row, Row>,
            Serializable {
        static final StructType SCHEMA = new StructType().add("cid", DataTypes.StringType)
                .add("row", DataTypes.LongType).add("day", DataTypes.LongType).add("amount", DataTypes.DoubleType)
                .add("order", DataTypes.StringType).add("channel", DataTypes.StringType)
                .add("product", DataTypes.StringType);

        @Override
        public Iterator<Row> call(Iterator<Row> it) {
            List<Long> rows = new ArrayList<>();
            Table t = chunk(it, schema, rows);
            Column<?> idCol = t.column(id);
            Column<?> timeCol = t.column(time);
            Column<?> amountCol = amount == null ? null : t.column(amount);
            Column<?> qCol = quantity == null ? null : t.column(quantity);
            Column<?> pCol = price == null ? null : t.column(price);
            Column<?> orderCol = order == null ? null : t.column(order);
            Column<?> channelCol = channel == null ? null : t.column(channel);
            Column<?> productCol = product == null ? null : t.column(product);
            List<Row> out = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                String cid = ColumnValues.customerId(idCol, r);
                if (cid == null) {
                    continue;
                }
                double value = amountCol != null ? ColumnValues.number(amountCol, r)
                        : ColumnValues.number(qCol, r) * ColumnValues.number(pCol, r);
                if (!Double.isFinite(value)) {
                    continue;
                }
                LocalDate day = ColumnValues.date(timeCol, r);
                String ch = channelCol == null ? null : ColumnValues.text(channelCol, r);
                out.add(RowFactory.create(cid, rows.get(r), day == null ? null : day.toEpochDay(), value,
                        orderCol == null ? null : ColumnValues.text(orderCol, r),
                        ch == null ? null : ch.toLowerCase(Locale.ROOT),
                        productCol == null ? null : ColumnValues.text(productCol, r)));
            }
            return out.iterator();
        }
    }

    /**
     * The customer table's columns as features, per row: numbers as they are, dates as days (years for the birth
     * date) before the reference date, text as the desktop's trimmed cell text (its case merging and one-hot encoding
     * need the whole column and run on the driver, {@link DriverFeatures}). Date columns are left out without a
     * reference date, as on the desktop. Only the text columns in {@code texts} (the step's features and rule
     * columns) leave the executors: names, e-mails and other free text the step does not use stay where they are.
     */
    record CustomerColumns(ColumnsSchema schema, String id, String birth, String signup, long reference,
                           java.util.Set<String> texts) implements MapPartitionsFunction<Row, Row>, Serializable {
        /** A usable column's feature name and whether it is text. */
        record Feature(String name, boolean text) implements Serializable {
        }

        /** The usable columns' features, in column order. */
        List<Feature> features(Table t) {
            List<Feature> out = new ArrayList<>();
            for (Column<?> c : usable(t)) {
                out.add(new Feature(feature(c), isText(c)));
            }
            return out;
        }

        private static boolean isText(Column<?> c) {
            return !ColumnValues.isNumeric(c) && !ColumnValues.isDate(c);
        }

        private List<Column<?>> usable(Table t) {
            List<Column<?>> out = new ArrayList<>();
            for (Column<?> c : t.columns()) {
                boolean wanted = isText(c) ? texts.contains(c.name())
                        : !ColumnValues.isDate(c) || ColumnValues.isNumeric(c) || reference != Long.MIN_VALUE;
                if (!c.name().equals(id) && wanted) {
                    out.add(c);
                }
            }
            return out;
        }

        private String feature(Column<?> c) {
            if (ColumnValues.isNumeric(c) || isText(c)) {
                return c.name();
            }
            return c.name().equals(birth) ? "age" : c.name().equals(signup) ? "tenure_days" : c.name() + "_days";
        }

        @Override
        public Iterator<Row> call(Iterator<Row> it) {
            List<Long> rows = new ArrayList<>();
            Table t = chunk(it, schema, rows);
            Column<?> idCol = t.column(id);
            List<Column<?>> cols = usable(t);
            LocalDate ref = LocalDate.ofEpochDay(reference == Long.MIN_VALUE ? 0 : reference);
            List<Row> out = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                String cid = ColumnValues.customerId(idCol, r);
                if (cid == null) {
                    continue;
                }
                Object[] cells = new Object[2 + cols.size()];
                cells[0] = cid;
                cells[1] = rows.get(r);
                for (int j = 0; j < cols.size(); j++) {
                    Column<?> c = cols.get(j);
                    if (isText(c)) {
                        cells[2 + j] = ColumnValues.text(c, r);
                        continue;
                    }
                    double v;
                    if (ColumnValues.isNumeric(c)) {
                        v = ColumnValues.number(c, r);
                    } else {
                        LocalDate d = ColumnValues.date(c, r);
                        v = d == null ? Double.NaN : c.name().equals(birth) ? ChronoUnit.YEARS.between(d, ref)
                                : ChronoUnit.DAYS.between(d, ref);
                    }
                    cells[2 + j] = Double.isNaN(v) ? null : v;
                }
                out.add(RowFactory.create(cells));
            }
            return out.iterator();
        }
    }

    /** The product table's (product id, category, file row) where both are present, read as the desktop reads them. */
    record ProductCategories(ColumnsSchema schema, String product, String category)
            implements MapPartitionsFunction<Row, Row>, Serializable {
        static final StructType SCHEMA = new StructType().add("pid", DataTypes.StringType)
                .add("category", DataTypes.StringType).add("prow", DataTypes.LongType);

        @Override
        public Iterator<Row> call(Iterator<Row> it) {
            List<Long> rows = new ArrayList<>();
            Table t = chunk(it, schema, rows);
            Column<?> p = t.column(product);
            Column<?> c = t.column(category);
            List<Row> out = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                String pid = ColumnValues.text(p, r);
                String cat = ColumnValues.text(c, r);
                if (pid != null && cat != null) {
                    out.add(RowFactory.create(pid, cat, rows.get(r)));
                }
            }
            return out.iterator();
        }
    }

    /**
     * The latest day in any date column of a partition of the customer table (every row, as the desktop's default
     * reference date without transactions), or no row when there is none.
     */
    record LatestDay(ColumnsSchema schema) implements MapPartitionsFunction<Row, Long>, Serializable {
        @Override
        public Iterator<Long> call(Iterator<Row> it) {
            Table t = chunk(it, schema, new ArrayList<>());
            long latest = Long.MIN_VALUE;
            for (Column<?> c : t.columns()) {
                if (ColumnValues.isDate(c)) {
                    for (int r = 0; r < c.size(); r++) {
                        LocalDate d = ColumnValues.date(c, r);
                        latest = d == null ? latest : Math.max(latest, d.toEpochDay());
                    }
                }
            }
            return latest == Long.MIN_VALUE ? java.util.Collections.emptyIterator() : List.of(latest).iterator();
        }
    }
}
