package io.safesegment.core.value;

import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The purchases of a transactions table, read by role (customer id, timestamp, optional amount or quantity × unit
 * price) and grouped per customer, from which lifetimes-style summaries are cut at any date.
 *
 * <p>What counts: rows without a customer id or a timestamp are excluded and counted; rows with a negative amount
 * are returns and not purchases (counted); with an amount column, rows whose amount is missing are excluded and
 * counted (never taken as 0).
 */
public final class PurchaseLog {
    private final List<String> ids;
    private final int[] offsets; // purchases of customer c are [offsets[c], offsets[c + 1])
    private final int[] days;
    private final double[] amounts;
    private final boolean hasAmount;
    private final LocalDate latest;
    private final Exclusions exclusions;

    /**
     * Rows that were not purchases.
     *
     * @param withoutCustomer rows without a customer id
     * @param withoutTimestamp rows without a readable timestamp
     * @param withoutAmount   rows whose amount was missing (with an amount column)
     * @param returns         rows with a negative amount
     */
    public record Exclusions(int withoutCustomer, int withoutTimestamp, int withoutAmount, int returns) {
    }

    private PurchaseLog(List<String> ids, int[] offsets, int[] days, double[] amounts, boolean hasAmount,
                        LocalDate latest, Exclusions exclusions) {
        this.ids = ids;
        this.offsets = offsets;
        this.days = days;
        this.amounts = amounts;
        this.hasAmount = hasAmount;
        this.latest = latest;
        this.exclusions = exclusions;
    }

    /** Reads {@code transactions}; roles not in {@code roles} are suggested from the column names. */
    public static PurchaseLog read(Table transactions, RoleMapping roles, Progress progress) {
        RoleMapping resolved = RoleSuggester.resolve(transactions, roles == null ? RoleMapping.empty()
                : roles.restrictedTo(transactions));
        Column<?> id = require(transactions, resolved, SemanticRole.CUSTOMER_ID);
        Column<?> time = require(transactions, resolved, SemanticRole.TIMESTAMP);
        Optional<AmountDerivation> derivation = AmountDerivation.of(resolved);
        Column<?> amount = col(transactions, resolved, SemanticRole.AMOUNT);
        Column<?> quantity = amount == null && derivation.isPresent()
                ? col(transactions, resolved, SemanticRole.QUANTITY) : null;
        Column<?> price = quantity == null ? null : col(transactions, resolved, SemanticRole.UNIT_PRICE);
        boolean hasAmount = amount != null || (quantity != null && price != null);
        int rows = transactions.rowCount();
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int[] customerOf = new int[rows];
        int[] dayOf = new int[rows];
        double[] amountOf = new double[rows];
        int kept = 0;
        int noCustomer = 0;
        int noTime = 0;
        int noAmount = 0;
        int returns = 0;
        long latest = Long.MIN_VALUE;
        for (int r = 0; r < rows; r++) {
            if ((r & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.report(0.9 * r / Math.max(1, rows), Message.of("progress.value.reading"));
            }
            String cid = ColumnValues.customerId(id, r);
            if (cid == null) {
                noCustomer++;
                continue;
            }
            LocalDate day = ColumnValues.date(time, r);
            if (day == null) {
                noTime++;
                continue;
            }
            double a = Double.NaN;
            if (hasAmount) {
                a = amount != null ? ColumnValues.number(amount, r) : derivation.get()
                        .apply(ColumnValues.number(quantity, r), ColumnValues.number(price, r));
                if (!Double.isFinite(a)) {
                    noAmount++;
                    continue;
                }
                if (a < 0) {
                    returns++;
                    continue;
                }
            }
            int c = index.computeIfAbsent(cid, k -> {
                ids.add(k);
                return ids.size() - 1;
            });
            customerOf[kept] = c;
            dayOf[kept] = Math.toIntExact(day.toEpochDay());
            amountOf[kept] = a;
            latest = Math.max(latest, day.toEpochDay());
            kept++;
        }
        if (kept == 0) {
            throw new ValueException(Message.of("value.error.noPurchases", noCustomer, noTime, noAmount, returns));
        }
        int n = ids.size();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < kept; i++) {
            offsets[customerOf[i] + 1]++;
        }
        for (int c = 0; c < n; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] days = new int[kept];
        double[] amounts = new double[kept];
        for (int i = 0; i < kept; i++) {
            int at = fill[customerOf[i]]++;
            days[at] = dayOf[i];
            amounts[at] = amountOf[i];
        }
        progress.report(1, Message.of("progress.value.reading"));
        return new PurchaseLog(ids, offsets, days, amounts, hasAmount, LocalDate.ofEpochDay(latest),
                new Exclusions(noCustomer, noTime, noAmount, returns));
    }

    private static Column<?> require(Table table, RoleMapping roles, SemanticRole role) {
        Column<?> c = col(table, roles, role);
        if (c == null) {
            throw new ValueException(Message.of("value.error.noRole", role.cliName(), table.columnNames().toString()));
        }
        return c;
    }

    private static Column<?> col(Table table, RoleMapping roles, SemanticRole role) {
        return roles.column(role).filter(table::containsColumn).map(table::column).orElse(null);
    }

    /** The latest purchase date. */
    public LocalDate latest() {
        return latest;
    }

    /** Whether purchases carry an amount. */
    public boolean hasAmount() {
        return hasAmount;
    }

    /** Rows left out and why. */
    public Exclusions exclusions() {
        return exclusions;
    }

    /** Customers with at least one purchase. */
    public int customers() {
        return ids.size();
    }

    /** Purchases kept. */
    public int purchases() {
        return days.length;
    }

    /**
     * The summary of the purchases up to and including {@code end}: customers whose first purchase is later are
     * left out (they were not customers yet).
     */
    public CustomerSummary summary(LocalDate end, TimeUnit unit) {
        long endPeriod = unit.period(end.toEpochDay());
        List<String> kept = new ArrayList<>();
        int n = ids.size();
        double[] f = new double[n];
        double[] rec = new double[n];
        double[] t = new double[n];
        double[] m = new double[n];
        int k = 0;
        for (int c = 0; c < n; c++) {
            CustomerPurchases.Figures x = CustomerPurchases.figures(days, amounts, offsets[c], offsets[c + 1],
                    hasAmount, unit, endPeriod);
            if (x == null) {
                continue;
            }
            kept.add(ids.get(c));
            f[k] = x.frequency();
            rec[k] = x.recency();
            t[k] = x.age(endPeriod);
            m[k] = x.monetary();
            k++;
        }
        return new CustomerSummary(kept, Arrays.copyOf(f, k), Arrays.copyOf(rec, k), Arrays.copyOf(t, k),
                Arrays.copyOf(m, k), hasAmount);
    }

    /**
     * Distinct purchase periods in {@code (calibrationEnd, end]} of each customer of {@code calibration} (matched by
     * id), the actual repeat purchases of lifetimes' hold-out.
     */
    public double[] holdoutPurchases(CustomerSummary calibration, LocalDate calibrationEnd, LocalDate end,
                                     TimeUnit unit) {
        Map<String, Integer> at = HashMap.newHashMap(ids.size());
        for (int c = 0; c < ids.size(); c++) {
            at.put(ids.get(c), c);
        }
        long from = unit.period(calibrationEnd.toEpochDay());
        long to = unit.period(end.toEpochDay());
        double[] out = new double[calibration.size()];
        for (int i = 0; i < out.length; i++) {
            int c = at.get(calibration.ids().get(i));
            out[i] = CustomerPurchases.distinctPeriods(days, offsets[c], offsets[c + 1], unit, from, to);
        }
        return out;
    }
}
