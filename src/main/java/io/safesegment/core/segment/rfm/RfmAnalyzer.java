package io.safesegment.core.segment.rfm;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.segment.features.DistinctOrders;
import io.safesegment.core.segment.features.FeatureException;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Recency / frequency / monetary analysis of transactions, reading the columns by {@linkplain SemanticRole role}.
 *
 * <p><b>What counts.</b> Rows without a customer id (empty, {@code NA}, {@code null}, {@code NaN}) are excluded and
 * counted, never grouped as one customer; rows whose amount is missing are excluded and counted (never added as 0).
 * The amount is the {@code amount} column, or quantity × unit price when only those are mapped (reported as derived).
 * Returns (negative amounts) are netted into the monetary value but are not purchases: frequency counts distinct
 * orders with a non-negative line when an {@code order_id} is mapped, else such lines, and recency is measured from
 * the last purchase. Customers whose net amount is ≤ 0 are labelled {@value #NO_NET_SPEND} instead of a value
 * segment.
 *
 * <p><b>Scoring rule (ties).</b> For each measure the customers are ranked by value; a customer's rank is the number
 * of customers with a strictly worse value, and its score is {@code 1 + floor(5 × rank / n)}. Equal values therefore
 * always get equal scores, and heavy ties (many customers with one purchase) make some quintiles larger than n / 5
 * and can leave a score unused. "Worse" means longer ago for recency and smaller for frequency and monetary, so 5 is
 * always best.
 */
public final class RfmAnalyzer {
    /** Segment of customers whose returns cancel (or exceed) their purchases. */
    public static final String NO_NET_SPEND = "no net spend";
    /** {@link RfmResult#frequencyCounts()} when an order id is mapped. */
    public static final String ORDERS = io.safesegment.core.segment.features.FeatureReport.ORDERS;
    /** {@link RfmResult#frequencyCounts()} without an order id. */
    public static final String LINE_ITEMS = io.safesegment.core.segment.features.FeatureReport.LINE_ITEMS;

    private static final Message WHAT = Message.of("segment.what.transactions");

    private RfmAnalyzer() {
    }

    /** Per-customer running totals. */
    private static final class Stats {
        long lastPurchase = Long.MIN_VALUE;
        long lastAny = Long.MIN_VALUE;
        long purchases;
        double net;
    }

    /** Scores the customers of {@code transactions}, finding its columns through {@code options.roles()}. */
    public static RfmResult analyze(Table transactions, RfmOptions options, Progress progress) {
        RoleMapping roles;
        try {
            roles = RoleSuggester.resolve(transactions, options.roles());
        } catch (IllegalArgumentException e) {
            throw FeatureException.from(e);
        }
        Column<?> id = ColumnValues.require(transactions, roles, SemanticRole.CUSTOMER_ID, WHAT);
        Column<?> time = ColumnValues.require(transactions, roles, SemanticRole.TIMESTAMP, WHAT);
        Optional<AmountDerivation> derivation = AmountDerivation.of(roles);
        Column<?> amount = derivation.isPresent() ? null : roles.has(SemanticRole.AMOUNT)
                ? ColumnValues.require(transactions, roles, SemanticRole.AMOUNT, WHAT) : null;
        if (amount == null && derivation.isEmpty()) {
            throw new FeatureException(Message.of("features.error.noAmount", WHAT));
        }
        Column<?> quantity = derivation.isEmpty() ? null
                : ColumnValues.require(transactions, roles, SemanticRole.QUANTITY, WHAT);
        Column<?> price = derivation.isEmpty() ? null
                : ColumnValues.require(transactions, roles, SemanticRole.UNIT_PRICE, WHAT);
        Column<?> order = ColumnValues.optional(transactions, roles, SemanticRole.ORDER_ID);
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Stats> stats = new ArrayList<>();
        DistinctOrders orders = new DistinctOrders();
        int withoutCustomer = 0;
        int withoutAmount = 0;
        long latest = Long.MIN_VALUE;
        int rows = transactions.rowCount();
        for (int r = 0; r < rows; r++) {
            if ((r & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.report(0.8 * r / rows, Message.of("progress.rfm.reading"));
            }
            String cid = ColumnValues.customerId(id, r);
            if (cid == null) {
                withoutCustomer++;
                continue;
            }
            double a = amount != null ? ColumnValues.number(amount, r)
                    : derivation.get().apply(ColumnValues.number(quantity, r), ColumnValues.number(price, r));
            if (Double.isNaN(a) || Double.isInfinite(a)) {
                withoutAmount++;
                continue;
            }
            LocalDate day = ColumnValues.date(time, r);
            if (day == null) {
                throw new FeatureException(Message.of("rfm.error.noTimestamp", r + 1, time.name()));
            }
            int c = index.computeIfAbsent(cid, k -> {
                stats.add(new Stats());
                return stats.size() - 1;
            });
            Stats s = stats.get(c);
            long e = day.toEpochDay();
            s.lastAny = Math.max(s.lastAny, e);
            s.net += a;
            if (a >= 0) { // a return is netted, not counted as a purchase
                s.lastPurchase = Math.max(s.lastPurchase, e);
                String orderId = order == null ? null : ColumnValues.text(order, r);
                if (orders.isNewOrder(c, orderId)) {
                    s.purchases++;
                }
            }
            latest = Math.max(latest, e);
        }
        if (index.isEmpty()) {
            throw new FeatureException(Message.of("rfm.error.noPurchases", WHAT, withoutCustomer,
                    withoutAmount));
        }
        LocalDate reference = options.referenceDate() != null ? options.referenceDate() : LocalDate.ofEpochDay(latest);
        int n = index.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int c = 0; c < n; c++) {
            Stats s = stats.get(c);
            recency[c] = reference.toEpochDay() - (s.lastPurchase != Long.MIN_VALUE ? s.lastPurchase : s.lastAny);
            frequency[c] = s.purchases;
            monetary[c] = s.net;
            if (!Double.isFinite(monetary[c])) {
                throw new FeatureException(overflow(id, ids(index).get(c)));
            }
        }
        double[] negRecency = Arrays.stream(recency).map(v -> -v).toArray();
        int[] r = quintileScores(negRecency);
        int[] f = quintileScores(frequency);
        int[] m = quintileScores(monetary);
        progress.report(0.9, Message.of("progress.rfm.naming"));
        Map<String, double[]> summary = new LinkedHashMap<>(); // count, revenue
        options.rules().forEach(rule -> summary.putIfAbsent(rule.name(), new double[2]));
        List<RfmResult.Customer> customers = new ArrayList<>(n);
        List<String> ids = new ArrayList<>(index.keySet());
        for (int c = 0; c < n; c++) {
            String name = "other";
            if (monetary[c] <= 0) {
                name = NO_NET_SPEND;
            } else {
                for (RfmSegmentRule rule : options.rules()) {
                    if (rule.matches(r[c], f[c])) {
                        name = rule.name();
                        break;
                    }
                }
            }
            double[] s = summary.computeIfAbsent(name, k -> new double[2]);
            s[0]++;
            s[1] += monetary[c];
            customers.add(new RfmResult.Customer(ids.get(c), (long) recency[c], (long) frequency[c], monetary[c],
                    r[c], f[c], m[c], name));
        }
        List<RfmResult.SegmentSummary> segments = new ArrayList<>();
        summary.forEach((name, s) -> {
            if (!Double.isFinite(s[1])) {
                throw new FeatureException(Message.of("rfm.error.revenueOverflow", name));
            }
        });
        summary.forEach((name, s) -> segments.add(new RfmResult.SegmentSummary(name, (int) s[0], s[0] / n, s[1])));
        progress.report(1, Message.of("progress.rfm.done"));
        Map<String, String> used = new LinkedHashMap<>();
        roles.asMap().forEach((role, column) -> {
            if (role == SemanticRole.CUSTOMER_ID || role == SemanticRole.TIMESTAMP || role == SemanticRole.ORDER_ID
                    || (amount != null && role == SemanticRole.AMOUNT) || (amount == null
                    && (role == SemanticRole.QUANTITY || role == SemanticRole.UNIT_PRICE))) {
                used.put(role.cliName(), column);
            }
        });
        return new RfmResult(reference, customers, segments, order != null ? ORDERS : LINE_ITEMS, withoutCustomer,
                withoutAmount, derivation.map(AmountDerivation::describe).orElse(null), used);
    }

    private static List<String> ids(Map<String, Integer> index) {
        return new ArrayList<>(index.keySet());
    }

    /**
     * A refusal naming the first transactions row of the customer whose total overflowed (never the customer id or
     * an amount: both can be personal data).
     */
    private static Message overflow(Column<?> id, String customer) {
        // Non-finite single amounts were already excluded and counted; here finite amounts add up beyond a double.
        for (int r = 0; r < id.size(); r++) {
            if (customer.equals(ColumnValues.customerId(id, r))) {
                return Message.of("rfm.error.customerOverflowRow", r + 1);
            }
        }
        return Message.of("rfm.error.customerOverflow");
    }

    /**
     * Scores 1–5 where higher values score higher: score = 1 + floor(5 × (number of strictly smaller values) / n).
     */
    public static int[] quintileScores(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            int below = lowerBound(sorted, values[i]);
            scores[i] = 1 + (int) ((5L * below) / n);
        }
        return scores;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
