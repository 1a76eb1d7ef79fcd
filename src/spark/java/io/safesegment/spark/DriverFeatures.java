package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.segment.features.CustomerData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The one row per customer that {@link SparkFeatures} brings to the driver, turned into a customers table on which
 * the desktop's own {@code FeatureBuilder} finishes the features: every candidate feature is a column named as the
 * desktop names it (customer numbers, dates already counted in days from the reference date, trimmed text, and the
 * transaction aggregates {@code order_count}, ..., {@code channel:web}, {@code category:Books}). The desktop's code
 * then selects the features, merges case variants and one-hot encodes text (which needs the whole column), imputes or
 * drops missing values, log-transforms and scales (every scaling, per column too), and keeps the text attributes for
 * profiles, so those steps are the desktop's by construction.
 *
 * <p>Candidates are put in the order and with the overwrite rules of the desktop's feature map: customer columns,
 * then the aggregates (an aggregate replaces a customer column of the same name), then {@code tenure_days} from the
 * first purchase when the customers have no usable signup date.
 */
final class DriverFeatures {
    private DriverFeatures() {
    }

    /** Per customer: the figures of its transaction lines ({@link SparkFeatures}'s group-by), or none. */
    record Aggregates(List<String> channels, List<String> categories) {
    }

    /**
     * @param rows      {@code cid, row, customer features..., [count, lines, total, firstDay, lastDay, firstAny,
     *                  lastAny, channels, categories]} in customer order
     * @param idColumn  the customers' id column (its name is no feature on the desktop either)
     * @param aggregates the channels and categories of the aggregate columns, or null without transactions
     * @param reference the reference date, or null when there is none
     */
    static CustomerData table(List<Row> rows, String idColumn, List<FeatureRows.CustomerColumns.Feature> features,
                              Aggregates aggregates, LocalDate reference) {
        int n = rows.size();
        Map<String, double[]> numeric = new LinkedHashMap<>();
        Map<String, String[]> text = new LinkedHashMap<>();
        for (int f = 0; f < features.size(); f++) {
            if (features.get(f).text()) {
                String[] v = new String[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rows.get(i).isNullAt(2 + f) ? null : rows.get(i).getString(2 + f);
                }
                text.put(features.get(f).name(), v);
            } else {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rows.get(i).isNullAt(2 + f) ? Double.NaN : rows.get(i).getDouble(2 + f);
                }
                numeric.put(features.get(f).name(), v);
            }
        }
        if (aggregates != null) {
            addAggregates(rows, 2 + features.size(), aggregates, reference, numeric);
        }
        Table t = Table.create("customers");
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = rows.get(i).getString(0);
        }
        t.addColumns(StringColumn.create(idColumn, ids));
        numeric.forEach((name, v) -> {
            if (!name.equals(idColumn)) {
                requireNew(t, name);
                t.addColumns(DoubleColumn.create(name, v));
            }
        });
        text.forEach((name, v) -> {
            if (!name.equals(idColumn) && !numeric.containsKey(name)) {
                requireNew(t, name);
                StringColumn c = StringColumn.create(name);
                for (String s : v) {
                    if (s == null) {
                        c.appendMissing();
                    } else {
                        c.append(s);
                    }
                }
                t.addColumns(c);
            }
        });
        return new CustomerData(t, null, null, RoleMapping.of(Map.of(SemanticRole.CUSTOMER_ID, idColumn)), null,
                null);
    }

    /**
     * Table column names ignore case, the desktop's feature names do not: two candidates differing only in case (a
     * product category spelt two ways) cannot both be columns here, so the step stops and names them.
     */
    private static void requireNew(Table t, String name) {
        for (String existing : t.columnNames()) {
            if (existing.equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("features '" + existing + "' and '" + name + "' differ only in "
                        + "case: the Spark engine cannot build both (spell the categories or columns alike)");
            }
        }
    }

    /** The desktop's {@code TransactionAggregates.addTo} and tenure rule over the collected group-by rows. */
    private static void addAggregates(List<Row> rows, int base, Aggregates a, LocalDate reference,
                                      Map<String, double[]> numeric) {
        int n = rows.size();
        double[] orders = new double[n];
        double[] spend = new double[n];
        double[] avg = new double[n];
        double[] recency = new double[n];
        double[] first = new double[n];
        double[][] channelShares = new double[a.channels().size()][n];
        double[][] categoryShares = new double[a.categories().size()][n];
        long ref = reference == null ? 0 : reference.toEpochDay();
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
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
            shares(none ? null : r.getList(base + 7), lines, channelShares, i);
            shares(none ? null : r.getList(base + 8), lines, categoryShares, i);
        }
        numeric.put("order_count", orders);
        numeric.put("total_spend", spend);
        numeric.put("avg_spend", avg);
        if (reference != null) {
            numeric.put("recency_days", recency);
            numeric.put("first_purchase_days", first);
        }
        for (int c = 0; c < a.channels().size(); c++) {
            numeric.put("channel:" + a.channels().get(c), channelShares[c]);
        }
        for (int c = 0; c < a.categories().size(); c++) {
            numeric.put("category:" + a.categories().get(c), categoryShares[c]);
        }
        if (reference != null && (!numeric.containsKey("tenure_days") || allMissing(numeric.get("tenure_days")))) {
            numeric.put("tenure_days", first);
        }
    }

    /** Lines per channel (or category) over all lines, as the desktop divides them; 0 without lines. */
    private static void shares(List<Long> counts, long lines, double[][] out, int i) {
        for (int c = 0; c < out.length; c++) {
            out[c][i] = lines == 0 || counts == null ? 0 : (double) counts.get(c) / lines;
        }
    }

    private static boolean allMissing(double[] v) {
        for (double x : v) {
            if (!Double.isNaN(x)) {
                return false;
            }
        }
        return true;
    }
}
