package io.safesegment.core.value;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.MissingValues;
import io.safesegment.core.segment.features.Scaling;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Builds the intent dataset: customer features (RFM aggregates, tenure, channel and category shares, age and other
 * demographics by role) with a 0/1 target, either a two-valued customer column or "buys within the next N days".
 *
 * <p>Which customer columns become features when none are named: text and yes/no columns with 2 … 20 values (one-hot
 * encoded) and numeric columns with at most half as many distinct values as rows. The rest (names, e-mails, phone
 * numbers, national ids, postcodes: nearly one value per customer) would let a model memorise people, not learn
 * behaviour.
 */
final class IntentDataBuilder {
    static final int MAX_LEVELS = 20;

    private IntentDataBuilder() {
    }

    /**
     * @param target      customer column holding the target, or null for the horizon target
     * @param positive    positive value of the target column, or null for the rarer one
     * @param horizonDays "buys within N days" when {@code target} is null
     * @param features    feature names to use, or empty for the automatic choice
     */
    static IntentData build(Table customers, RoleMapping customerRoles, Table transactions,
                            RoleMapping transactionRoles, Table products, String target, String positive,
                            int horizonDays, List<String> features, Progress progress) {
        RoleMapping cRoles = RoleSuggester.resolve(customers, orEmpty(customerRoles).restrictedTo(customers));
        LocalDate reference = null;
        Map<String, Boolean> bought = null;
        Table history = transactions;
        String targetText;
        if (target == null) {
            if (transactions == null) {
                throw new ValueException(Message.of("value.error.horizonNeedsTransactions"));
            }
            if (horizonDays < 1) {
                throw new ValueException(Message.of("value.error.horizonDays", horizonDays));
            }
            RoleMapping tRoles = RoleSuggester.resolve(transactions,
                    orEmpty(transactionRoles).restrictedTo(transactions));
            Column<?> id = column(transactions, tRoles, SemanticRole.CUSTOMER_ID);
            Column<?> time = column(transactions, tRoles, SemanticRole.TIMESTAMP);
            LocalDate latest = null;
            for (int r = 0; r < transactions.rowCount(); r++) {
                LocalDate d = ColumnValues.date(time, r);
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
            if (latest == null) {
                throw new ValueException(Message.of("value.error.horizonNeedsTransactions"));
            }
            LocalDate cutoff = latest.minusDays(horizonDays);
            Selection before = new BitmapBackedSelection();
            bought = new HashMap<>();
            for (int r = 0; r < transactions.rowCount(); r++) {
                LocalDate d = ColumnValues.date(time, r);
                if (d == null) {
                    continue;
                }
                if (!d.isAfter(cutoff)) {
                    before.add(r);
                } else {
                    String cid = ColumnValues.customerId(id, r);
                    if (cid != null) {
                        bought.put(cid, true);
                    }
                }
            }
            history = transactions.where(before);
            reference = cutoff;
            targetText = "buys within " + horizonDays + " days after " + cutoff;
            positive = "true";
        } else {
            if (!customers.containsColumn(target)) {
                throw new ValueException(Message.of("value.error.targetColumn", target,
                        customers.columnNames().toString()));
            }
            targetText = target;
        }
        progress.report(0.1, Message.of("progress.value.features"));
        CustomerData data = SegmentationService.customerData(customers, cRoles, history, transactionRoles,
                products, RoleMapping.empty());
        List<String> columns = features == null || features.isEmpty()
                ? automaticFeatures(customers, cRoles, history, data, products != null, target) : features;
        FeatureOptions options = new FeatureOptions(columns, Set.of(), Scaling.ZSCORE, Map.of(),
                MissingValues.MEAN_IMPUTE, reference);
        FeatureMatrix m = SegmentationService.features(data, options, progress.slice(0.1, 0.9));
        int n = m.rows();
        int k = m.columns();
        // target per customer id
        Map<String, String> targetOf = new HashMap<>();
        if (target != null) {
            Column<?> id = column(customers, cRoles, SemanticRole.CUSTOMER_ID);
            Column<?> t = customers.column(target);
            for (int r = 0; r < customers.rowCount(); r++) {
                String cid = ColumnValues.customerId(id, r);
                String v = ColumnValues.text(t, r);
                if (cid != null && v != null) {
                    targetOf.putIfAbsent(cid, v);
                }
            }
            positive = positiveLabel(targetOf, positive, target);
        }
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int excluded = 0;
        for (int i = 0; i < n; i++) {
            String cid = m.customerIds().get(i);
            int label;
            if (target == null) {
                label = bought.containsKey(cid) ? 1 : 0;
            } else {
                String v = targetOf.get(cid);
                if (v == null) {
                    excluded++;
                    continue;
                }
                label = v.equals(positive) ? 1 : 0;
            }
            double[] row = new double[k];
            for (int j = 0; j < k; j++) {
                row[j] = m.raw()[j][i];
            }
            ids.add(cid);
            rows.add(row);
            labels.add(label);
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        IntentData d = new IntentData(ids, m.featureNames(), rows.toArray(double[][]::new), y, targetText, positive,
                excluded);
        if (d.positives() == 0 || d.positives() == y.length) {
            throw new ValueException(Message.of("value.error.oneClass", targetText, d.positives(), y.length));
        }
        progress.report(1, Message.of("progress.value.features"));
        return d;
    }

    private static String positiveLabel(Map<String, String> targetOf, String positive, String target) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        targetOf.values().forEach(v -> counts.merge(v, 1, Integer::sum));
        if (positive != null) {
            if (!counts.containsKey(positive)) {
                throw new ValueException(Message.of("value.error.positiveMissing", target, counts.size()));
            }
            return positive;
        }
        if (counts.size() != 2) {
            throw new ValueException(Message.of("value.error.notTwoValued", target, counts.size()));
        }
        // the rarer value; on a tie the one sorting first, so the choice does not depend on row order
        return counts.entrySet().stream().min((a, b) -> a.getValue().equals(b.getValue())
                ? a.getKey().compareTo(b.getKey()) : Integer.compare(a.getValue(), b.getValue())).get().getKey();
    }

    private static List<String> automaticFeatures(Table customers, RoleMapping roles, Table transactions,
                                                  CustomerData data, boolean products, String target) {
        List<String> out = new ArrayList<>();
        if (transactions != null) {
            out.addAll(List.of("order_count", "total_spend", "avg_spend", "recency_days", "tenure_days"));
            if (data.transactionRoles().has(SemanticRole.CHANNEL)
                    && transactions.containsColumn(data.transactionRoles().column(SemanticRole.CHANNEL).get())) {
                out.add("channel_shares");
            }
            if (products) {
                out.add("category_shares");
            }
        } else if (roles.has(SemanticRole.SIGNUP_DATE)) {
            out.add("tenure_days");
        }
        if (roles.has(SemanticRole.BIRTH_DATE)) {
            out.add("age");
        }
        Set<String> roleColumns = new HashSet<>(roles.asMap().values());
        int n = customers.rowCount();
        for (Column<?> c : customers.columns()) {
            String name = c.name();
            if (name.equals(target) || roleColumns.contains(name) || ColumnValues.isDate(c)) {
                continue;
            }
            int distinct = c.countUnique();
            if (ColumnValues.isNumeric(c)) {
                if (distinct > 1 && distinct <= n / 2) {
                    out.add(name);
                }
            } else if (distinct - (c.countMissing() > 0 ? 1 : 0) >= 2 && distinct <= MAX_LEVELS) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            throw new ValueException(Message.of("value.error.noFeatures"));
        }
        return out;
    }

    private static Column<?> column(Table table, RoleMapping roles, SemanticRole role) {
        Column<?> c = ColumnValues.optional(table, roles, role);
        if (c == null) {
            throw new ValueException(Message.of("value.error.noRole", role.cliName(), table.columnNames().toString()));
        }
        return c;
    }

    private static RoleMapping orEmpty(RoleMapping r) {
        return r == null ? RoleMapping.empty() : r;
    }
}
