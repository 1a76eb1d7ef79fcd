package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Per-customer aggregates of the transaction lines: order count, net and average amount, first and last purchase day,
 * and shares per channel and per product category, reading the columns by role.
 *
 * <p>The same rules as {@link io.safesegment.core.segment.rfm.RfmAnalyzer}, so that a segment's {@code order_count}
 * and an RFM frequency of one customer agree: lines without a customer id and lines whose amount is missing or not a
 * number are excluded (counted in the report, never added as 0); returns (negative amounts) are netted into the
 * spend but are no purchase; {@code order_count} counts distinct order ids with a non-negative line when an
 * {@code order_id} is mapped, else such lines; recency and first purchase are measured from purchases (from any line
 * when a customer only has returns).
 */
final class TransactionAggregates {
    private final int customers;
    private final long[] count;
    private final long[] lines;
    private final double[] total;
    private final long[] firstDay;
    private final long[] lastDay;
    private final long[] firstAny;
    private final long[] lastAny;
    private final Map<String, long[]> channels = new TreeMap<>();
    private final Map<String, long[]> categories = new TreeMap<>();
    private int unmatched;
    private int withoutCustomer;
    private int withoutAmount;
    private LocalDate latest;
    private boolean byOrder;

    private TransactionAggregates(int customers) {
        this.customers = customers;
        this.count = new long[customers];
        this.lines = new long[customers];
        this.total = new double[customers];
        this.firstDay = new long[customers];
        this.lastDay = new long[customers];
        this.firstAny = new long[customers];
        this.lastAny = new long[customers];
        Arrays.fill(firstDay, Long.MAX_VALUE);
        Arrays.fill(lastDay, Long.MIN_VALUE);
        Arrays.fill(firstAny, Long.MAX_VALUE);
        Arrays.fill(lastAny, Long.MIN_VALUE);
    }

    static TransactionAggregates compute(CustomerData data, Object2IntMap<String> rowOf, Progress progress) {
        Table tx = data.transactions();
        RoleMapping roles = data.transactionRoles();
        TransactionAggregates a = new TransactionAggregates(rowOf.size());
        Message what = Message.of("segment.what.transactions");
        Column<?> id = ColumnValues.require(tx, roles, SemanticRole.CUSTOMER_ID, what);
        Column<?> time = ColumnValues.require(tx, roles, SemanticRole.TIMESTAMP, what);
        Column<?> amount = ColumnValues.optional(tx, roles, SemanticRole.AMOUNT);
        Column<?> quantity = null;
        Column<?> price = null;
        if (amount == null) {
            if (data.amountDerivation().isEmpty()) {
                throw new FeatureException(Message.of("features.error.noAmount", what));
            }
            quantity = ColumnValues.require(tx, roles, SemanticRole.QUANTITY, what);
            price = ColumnValues.require(tx, roles, SemanticRole.UNIT_PRICE, what);
        }
        Column<?> channel = ColumnValues.optional(tx, roles, SemanticRole.CHANNEL);
        Column<?> product = ColumnValues.optional(tx, roles, SemanticRole.PRODUCT_ID);
        Column<?> order = ColumnValues.optional(tx, roles, SemanticRole.ORDER_ID);
        a.byOrder = order != null;
        DistinctOrders orders = new DistinctOrders();
        Map<String, String> categoryOf = data.products() == null || product == null ? null
                : categoryMap(data.products(), data.productRoles());
        int rows = tx.rowCount();
        for (int r = 0; r < rows; r++) {
            if ((r & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.report((double) r / rows, Message.of("progress.features.aggregating"));
            }
            String customerId = ColumnValues.customerId(id, r);
            if (customerId == null) {
                a.withoutCustomer++;
                continue;
            }
            int c = rowOf.getInt(customerId);
            if (c < 0) {
                a.unmatched++;
                continue;
            }
            double value = amount != null ? ColumnValues.number(amount, r)
                    : ColumnValues.number(quantity, r) * ColumnValues.number(price, r);
            if (!Double.isFinite(value)) {
                a.withoutAmount++; // excluded like in RFM: neither a purchase nor 0.00 of spend
                continue;
            }
            LocalDate day = ColumnValues.date(time, r);
            boolean purchase = value >= 0; // a return is netted into the spend, not counted as a purchase
            a.lines[c]++;
            a.total[c] += value;
            if (purchase) {
                String orderId = order == null ? null : ColumnValues.text(order, r);
                if (orders.isNewOrder(c, orderId)) {
                    a.count[c]++;
                }
            }
            if (day != null) {
                long e = day.toEpochDay();
                a.firstAny[c] = Math.min(a.firstAny[c], e);
                a.lastAny[c] = Math.max(a.lastAny[c], e);
                if (purchase) {
                    a.firstDay[c] = Math.min(a.firstDay[c], e);
                    a.lastDay[c] = Math.max(a.lastDay[c], e);
                }
                if (a.latest == null || day.isAfter(a.latest)) {
                    a.latest = day;
                }
            }
            if (channel != null) {
                String ch = ColumnValues.text(channel, r);
                if (ch != null) {
                    a.channels.computeIfAbsent(ch.toLowerCase(java.util.Locale.ROOT),
                            k -> new long[a.customers])[c]++;
                }
            }
            if (categoryOf != null) {
                String cat = categoryOf.get(ColumnValues.text(product, r));
                if (cat != null) {
                    a.categories.computeIfAbsent(cat, k -> new long[a.customers])[c]++;
                }
            }
        }
        progress.report(1, Message.of("progress.features.aggregated"));
        return a;
    }

    private static Map<String, String> categoryMap(Table products, RoleMapping roles) {
        Column<?> pid = ColumnValues.require(products, roles, SemanticRole.PRODUCT_ID, Message.of("segment.what.products"));
        Column<?> cat = ColumnValues.require(products, roles, SemanticRole.CATEGORY, Message.of("segment.what.products"));
        Map<String, String> map = new HashMap<>();
        for (int r = 0; r < products.rowCount(); r++) {
            String p = ColumnValues.text(pid, r);
            String c = ColumnValues.text(cat, r);
            if (p != null && c != null) {
                map.put(p, c);
            }
        }
        return map;
    }

    /** Latest purchase day, the default reference date. */
    LocalDate latest() {
        return latest;
    }

    int unmatched() {
        return unmatched;
    }

    /** Lines without a customer id (empty, NA, null): left out, not grouped as one customer. */
    int withoutCustomer() {
        return withoutCustomer;
    }

    /** Lines whose amount is missing or not a number: excluded (no purchase, no spend), as in RFM. */
    int withoutAmount() {
        return withoutAmount;
    }

    /** What {@code order_count} counts: {@link FeatureReport#ORDERS} or {@link FeatureReport#LINE_ITEMS}. */
    String frequencyCounts() {
        return byOrder ? FeatureReport.ORDERS : FeatureReport.LINE_ITEMS;
    }

    /**
     * Adds the aggregate features; customers without purchases get 0 counts and missing (NaN) averages and days. The
     * day-based features are left out when {@code reference} is null (no date to count from).
     */
    void addTo(Map<String, double[]> numeric, LocalDate reference, int n) {
        double[] orders = new double[n];
        double[] spend = new double[n];
        double[] avg = new double[n];
        double[] recency = new double[n];
        double[] first = new double[n];
        long ref = reference == null ? 0 : reference.toEpochDay();
        for (int i = 0; i < n; i++) {
            orders[i] = count[i];
            spend[i] = total[i];
            avg[i] = count[i] == 0 ? Double.NaN : total[i] / count[i];
            long last = lastDay[i] != Long.MIN_VALUE ? lastDay[i] : lastAny[i];
            long firstSeen = firstDay[i] != Long.MAX_VALUE ? firstDay[i] : firstAny[i];
            recency[i] = last == Long.MIN_VALUE ? Double.NaN : ref - last;
            first[i] = firstSeen == Long.MAX_VALUE ? Double.NaN : ref - firstSeen;
        }
        numeric.put("order_count", orders);
        numeric.put("total_spend", spend);
        numeric.put("avg_spend", avg);
        if (reference != null) {
            numeric.put("recency_days", recency);
            numeric.put("first_purchase_days", first);
        }
        shares(numeric, "channel:", channels, n);
        shares(numeric, "category:", categories, n);
    }

    private void shares(Map<String, double[]> numeric, String prefix, Map<String, long[]> counts, int n) {
        counts.forEach((name, c) -> {
            double[] share = new double[n];
            for (int i = 0; i < n; i++) {
                share[i] = lines[i] == 0 ? 0 : (double) c[i] / lines[i];
            }
            numeric.put(prefix + name, share);
        });
    }
}
