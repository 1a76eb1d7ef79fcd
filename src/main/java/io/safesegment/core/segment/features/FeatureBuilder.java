package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.task.ParallelRanges;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds the customer feature matrix from customers alone or customers joined with their transactions (see
 * {@link FeatureOptions} for the feature names). Steps: drop repeated customer ids, aggregate transactions per
 * customer, pick the selected features (one-hot for text), handle missing values, log-transform, scale.
 */
public final class FeatureBuilder {
    /** Text columns with more distinct values than this are not one-hot encoded (they are identifiers or free text). */
    public static final int MAX_CATEGORIES = 50;

    private FeatureBuilder() {
    }

    /** Builds the matrix. */
    public static FeatureMatrix build(CustomerData data, FeatureOptions options, Progress progress) {
        progress.report(0, Message.of("progress.features.customers"));
        Table customers = data.customers();
        Column<?> idColumn = ColumnValues.require(customers, data.customerRoles(), SemanticRole.CUSTOMER_ID,
                Message.of("segment.what.customers"));
        // Sized for every row up front: re-hashing a million ids while growing was a tenth of feature building.
        // Primitive-valued: a million boxed Integers and map nodes surviving into the old generation made the
        // collector's copying a large part of a 1M-customer run.
        Object2IntOpenHashMap<String> rowOf = new Object2IntOpenHashMap<>(customers.rowCount());
        rowOf.defaultReturnValue(-1);
        IntArrayList keptRows = new IntArrayList();
        List<String> ids = new ArrayList<>();
        int withoutId = 0;
        for (int r = 0; r < customers.rowCount(); r++) {
            String id = ColumnValues.customerId(idColumn, r);
            if (id == null) {
                withoutId++; // an empty or "NA" id is nobody in particular: leave the row out and say so
                continue;
            }
            if (rowOf.putIfAbsent(id, ids.size()) == -1) {
                ids.add(id);
                keptRows.add(r);
            }
        }
        int n = ids.size();
        if (n == 0) {
            // Otherwise the first complaint would be a missing reference date or an empty feature: true, but not why.
            throw new FeatureException(withoutId == 0
                    ? Message.of("features.error.noCustomers")
                    : Message.of("features.error.noCustomerIds", io.safesegment.core.PrintableText.of(idColumn.name(), 64)));
        }
        progress.checkCancelled();

        TransactionAggregates aggregates = data.transactions() == null ? null
                : TransactionAggregates.compute(data, rowOf, progress.slice(0.05, 0.7));
        // The reference date is needed only by day-based features; without one those are simply not offered.
        LocalDate reference = options.referenceDate() != null ? options.referenceDate()
                : aggregates != null && aggregates.latest() != null ? aggregates.latest()
                : latestDate(customers);

        Map<String, double[]> numeric = new LinkedHashMap<>();
        Map<String, String[]> text = new LinkedHashMap<>();
        Set<String> needReference = new TreeSet<>();
        collectCustomerColumns(customers, data.customerRoles(), keptRows.toIntArray(), idColumn.name(), reference, numeric, text,
                needReference);
        if (aggregates != null) {
            aggregates.addTo(numeric, reference, n);
            if (reference == null) {
                needReference.addAll(List.of("recency_days", "first_purchase_days", "tenure_days"));
            } else if (!numeric.containsKey("tenure_days") || allMissing(numeric.get("tenure_days"))) {
                numeric.put("tenure_days", numeric.get("first_purchase_days"));
            }
        }
        progress.report(0.75, Message.of("progress.features.selecting"));

        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<Boolean> oneHot = new ArrayList<>();
        for (String requested : options.columns()) {
            if (requested.equals("channel_shares") || requested.equals("category_shares")) {
                String prefix = requested.equals("channel_shares") ? "channel:" : "category:";
                List<String> matching = numeric.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
                if (matching.isEmpty()) {
                    throw new FeatureException(prefix.equals("channel:")
                            ? Message.of("features.error.needsChannel", requested)
                            : Message.of("features.error.needsCategory", requested));
                }
                for (String m : matching) {
                    names.add(m);
                    columns.add(numeric.get(m));
                    oneHot.add(false);
                }
            } else if (numeric.containsKey(requested)) {
                names.add(requested);
                columns.add(numeric.get(requested));
                oneHot.add(false);
            } else if (needReference.contains(requested)) {
                throw new FeatureException(Message.of("features.error.noReferenceDate", requested));
            } else if (text.containsKey(requested)) {
                String[] values = text.get(requested);
                TreeSet<String> levels = new TreeSet<>();
                for (String v : values) {
                    if (v != null) {
                        levels.add(v);
                    }
                }
                if (levels.isEmpty()) {
                    // An all-empty column is typed as text; one-hot encoding it would silently yield no feature.
                    throw new FeatureException(Message.of("features.error.noValues", requested));
                }
                if (levels.size() > MAX_CATEGORIES) {
                    throw new FeatureException(Message.of("features.error.tooManyLevels", requested,
                            levels.size(), MAX_CATEGORIES));
                }
                for (String level : levels) {
                    double[] col = new double[n];
                    for (int i = 0; i < n; i++) {
                        col[i] = level.equals(values[i]) ? 1 : 0;
                    }
                    names.add(requested + "=" + level);
                    columns.add(col);
                    oneHot.add(true);
                }
            } else {
                TreeSet<String> available = new TreeSet<>(numeric.keySet());
                available.addAll(text.keySet());
                available.addAll(needReference);
                available.removeIf(k -> k.startsWith("channel:") || k.startsWith("category:"));
                if (aggregates != null) {
                    available.add("channel_shares");
                    available.add("category_shares");
                }
                throw new FeatureException(aggregates == null
                        ? Message.of("features.error.unknownNoTransactions", requested, String.valueOf(available))
                        : Message.of("features.error.unknown", requested, String.valueOf(available)));
            }
        }
        progress.checkCancelled();

        // Missing values.
        Map<String, Integer> missing = new LinkedHashMap<>();
        boolean[] drop = new boolean[n];
        int imputed = 0;
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
            if (count > 0) {
                missing.put(names.get(j), count);
                if (count == n) {
                    throw new FeatureException(Message.of("features.error.noValues", names.get(j)));
                }
                double mean = sum / (n - count);
                col = col.clone(); // imputation writes: copy only columns that have gaps (not 8 MB per feature)
                columns.set(j, col);
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(col[i])) {
                        if (options.missing() == MissingValues.MEAN_IMPUTE) {
                            col[i] = mean;
                            imputed++;
                        } else {
                            drop[i] = true;
                        }
                    }
                }
            }
        }
        int dropped = 0;
        for (boolean b : drop) {
            dropped += b ? 1 : 0;
        }
        if (dropped == n) {
            throw new FeatureException(Message.of("features.error.allMissing"));
        }
        int[] keep = new int[n - dropped];
        for (int i = 0, p = 0; i < n; i++) {
            if (!drop[i]) {
                keep[p++] = i;
            }
        }
        List<String> keptIds = new ArrayList<>(keep.length);
        for (int i : keep) {
            keptIds.add(ids.get(i));
        }

        double[][] raw = new double[columns.size()][];
        double[][] scaled = new double[columns.size()][];
        // columns are independent: selected, transformed and scaled in parallel (a tenth of a 1M-row run otherwise)
        ParallelRanges.run(columns.size(), 1, (from, to) -> {
            for (int j = from; j < to; j++) {
                raw[j] = select(columns.get(j), keep);
                double[] s = raw[j].clone();
                String name = names.get(j);
                if (options.logColumns().contains(name)) {
                    for (int i = 0; i < s.length; i++) {
                        s[i] = Math.log1p(Math.max(0, s[i]));
                    }
                }
                Scaling scaling = options.scalingByColumn().getOrDefault(name,
                        oneHot.get(j) ? Scaling.NONE : options.scaling());
                Scalers.apply(s, scaling);
                scaled[j] = s;
            }
        });
        Map<String, String[]> categories = new TreeMap<>();
        text.forEach((k, v) -> {
            if (new TreeSet<>(Arrays.asList(v).stream().filter(x -> x != null).toList()).size() <= MAX_CATEGORIES) {
                categories.put(k, selectText(v, keep));
            }
        });
        Map<String, double[]> attributes = new TreeMap<>();
        numeric.forEach((k, v) -> attributes.put(k, select(v, keep)));
        Map<String, String> roles = new LinkedHashMap<>(data.customerRoles().asNamedMap());
        data.transactionRoles().asNamedMap().forEach((role, column) -> roles.putIfAbsent(role, column));
        FeatureReport report = new FeatureReport(customers.rowCount(), customers.rowCount() - withoutId - n, missing,
                imputed, dropped, aggregates == null ? 0 : aggregates.unmatched(), withoutId,
                aggregates == null ? 0 : aggregates.withoutCustomer(), aggregates == null ? 0 : aggregates.withoutAmount(),
                data.amountDerivation().map(d -> d.describe()).orElse(null), roles,
                aggregates == null ? null : aggregates.frequencyCounts());
        progress.report(1, Message.of("progress.features.done"));
        return new FeatureMatrix(keptIds, names, raw, scaled, categories, attributes, reference, report);
    }

    private static void collectCustomerColumns(Table customers, RoleMapping roles, int[] rows,
                                               String idColumn, LocalDate reference, Map<String, double[]> numeric,
                                               Map<String, String[]> text, Set<String> needReference) {
        int n = rows.length;
        String birthColumn = roles.column(SemanticRole.BIRTH_DATE).orElse(null);
        String signupColumn = roles.column(SemanticRole.SIGNUP_DATE).orElse(null);
        List<Column<?>> columns = new ArrayList<>();
        List<String> features = new ArrayList<>();
        for (Column<?> column : customers.columns()) {
            String name = column.name();
            if (name.equals(idColumn)) {
                continue;
            }
            String feature = name;
            if (!ColumnValues.isNumeric(column) && ColumnValues.isDate(column)) {
                boolean birth = name.equals(birthColumn);
                feature = birth ? "age" : name.equals(signupColumn) ? "tenure_days" : name + "_days";
                if (reference == null) {
                    needReference.add(feature);
                    continue;
                }
            }
            columns.add(column);
            features.add(feature);
        }
        // each column is read on its own: in parallel, then put in column order
        Object[] values = new Object[columns.size()];
        ParallelRanges.run(columns.size(), 1, (from, to) -> {
            for (int c = from; c < to; c++) {
                Column<?> column = columns.get(c);
                if (ColumnValues.isNumeric(column)) {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = ColumnValues.number(column, rows[i]);
                    }
                    values[c] = v;
                } else if (ColumnValues.isDate(column)) {
                    boolean birth = column.name().equals(birthColumn);
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        LocalDate d = ColumnValues.date(column, rows[i]);
                        v[i] = d == null ? Double.NaN
                                : birth ? ChronoUnit.YEARS.between(d, reference)
                                : ChronoUnit.DAYS.between(d, reference);
                    }
                    values[c] = v;
                } else {
                    values[c] = canonicalCase(column, rows);
                }
            }
        });
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof double[] v) {
                numeric.put(features.get(c), v);
            } else {
                text.put(features.get(c), (String[]) values[c]);
            }
        }
    }

    /**
     * Text values with case variants merged ({@code BEIJING}, {@code beijing} → the most frequent spelling), so that
     * dirty case does not create extra categories.
     */
    private static String[] canonicalCase(Column<?> column, int[] rows) {
        int n = rows.length;
        String[] values = new String[n];
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String v = ColumnValues.text(column, rows[i]);
            values[i] = v;
            if (v != null) {
                spellings.computeIfAbsent(v.toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(v, 1, Integer::sum);
            }
        }
        Map<String, String> canonical = new HashMap<>();
        spellings.forEach((key, counts) -> canonical.put(key, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()).orElseThrow().getKey()));
        for (int i = 0; i < n; i++) {
            if (values[i] != null) {
                values[i] = canonical.get(values[i].toLowerCase(Locale.ROOT));
            }
        }
        return values;
    }

    private static LocalDate latestDate(Table customers) {
        LocalDate latest = null;
        for (Column<?> column : customers.columns()) {
            if (ColumnValues.isDate(column)) {
                for (int r = 0; r < column.size(); r++) {
                    LocalDate d = ColumnValues.date(column, r);
                    if (d != null && (latest == null || d.isAfter(latest))) {
                        latest = d;
                    }
                }
            }
        }
        return latest; // null: only day-based features need one, and they say so when chosen
    }

    private static boolean allMissing(double[] v) {
        for (double x : v) {
            if (!Double.isNaN(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rows {@code keep} of {@code col}. When every row is kept ({@code keep} is then 0..n-1) the column itself is
     * returned: the matrix never writes to its raw columns or attributes, and copying 8 MB per column and feature was
     * a good part of a 1M-customer run's garbage (imputation writes to its own copy, see above).
     */
    private static double[] select(double[] col, int[] keep) {
        if (keep.length == col.length) {
            return col;
        }
        double[] out = new double[keep.length];
        for (int i = 0; i < keep.length; i++) {
            out[i] = col[keep[i]];
        }
        return out;
    }

    private static String[] selectText(String[] col, int[] keep) {
        if (keep.length == col.length) {
            return col; // every row kept: the same values (see select)
        }
        String[] out = new String[keep.length];
        for (int i = 0; i < keep.length; i++) {
            out[i] = col[keep[i]];
        }
        return out;
    }
}
