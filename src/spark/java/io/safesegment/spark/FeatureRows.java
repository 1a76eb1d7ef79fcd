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

    /** A transaction line as the desktop reads it: customer, file row, day, amount, order id, channel. */
    record Line(ColumnsSchema schema, String id, String time, String amount, String quantity, String price,
                        String order, String channel) implements MapPartitionsFunction<Row, Row>, Serializable {
        static final StructType SCHEMA = new StructType().add("cid", DataTypes.StringType)
                .add("row", DataTypes.LongType).add("day", DataTypes.LongType).add("amount", DataTypes.DoubleType)
                .add("order", DataTypes.StringType).add("channel", DataTypes.StringType);

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
                        ch == null ? null : ch.toLowerCase(Locale.ROOT)));
            }
            return out.iterator();
        }
    }

    /** The customer table's numeric and date columns as features, per row. */
    record CustomerColumns(ColumnsSchema schema, String id, String birth, String signup, long reference)
            implements MapPartitionsFunction<Row, Row>, Serializable {
        /** Feature names of the usable columns, in column order (text columns are not features here). */
        List<String> features(Table t) {
            List<String> out = new ArrayList<>();
            for (Column<?> c : usable(t)) {
                out.add(feature(c));
            }
            return out;
        }

        private List<Column<?>> usable(Table t) {
            List<Column<?>> out = new ArrayList<>();
            for (Column<?> c : t.columns()) {
                if (c.name().equals(id)) {
                    continue;
                }
                boolean date = !ColumnValues.isNumeric(c) && ColumnValues.isDate(c);
                if (ColumnValues.isNumeric(c) || date && reference != Long.MIN_VALUE) {
                    out.add(c);
                }
            }
            return out;
        }

        private String feature(Column<?> c) {
            if (ColumnValues.isNumeric(c)) {
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
}
