package io.safesegment.core.campaign.offers;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.ColumnValues;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Calibrates the {@link ResponseModel} from a workspace's transactions (read by role: customer id, timestamp, amount
 * or quantity × unit price). With R the latest purchase date: each customer's recency class is taken as of R − 7
 * days from purchases before then; b_c is the share of class-c customers who bought in the last week (R − 7, R];
 * v_c is the mean order value (amount per customer-day) of class-c customers; the start shares are the classes as
 * of R. Classes without customers keep the default numbers.
 */
public final class Calibration {
    /** Used when a class has no customers: weekly purchase probability per class. */
    static final double[] DEFAULT_BASE = {0.10, 0.04, 0.01};
    /** Default order value per class. */
    static final double[] DEFAULT_VALUE = {50, 50, 50};

    private Calibration() {
    }

    /** The model with the default numbers (no data). */
    public static ResponseModel defaults(List<Offer> offers, double margin) {
        return new ResponseModel(offers, DEFAULT_BASE.clone(), DEFAULT_VALUE.clone(), margin,
                new double[] {0.4, 0.3, 0.3});
    }

    /** Calibrates from transactions. */
    public static ResponseModel fromTransactions(Table transactions, RoleMapping overrides, List<Offer> offers,
                                                 double margin, String source) {
        RoleMapping roles = RoleSuggester.resolve(transactions, overrides);
        Message what = Message.literal(source);
        Column<?> customer;
        Column<?> time;
        Column<?> amount = null;
        Column<?> quantity = null;
        Column<?> price = null;
        try {
            customer = ColumnValues.require(transactions, roles, SemanticRole.CUSTOMER_ID, what);
            time = ColumnValues.require(transactions, roles, SemanticRole.TIMESTAMP, what);
            if (AmountDerivation.of(roles).isPresent()) {
                quantity = ColumnValues.require(transactions, roles, SemanticRole.QUANTITY, what);
                price = ColumnValues.require(transactions, roles, SemanticRole.UNIT_PRICE, what);
            } else {
                amount = ColumnValues.require(transactions, roles, SemanticRole.AMOUNT, what);
            }
        } catch (RuntimeException e) {
            throw new CampaignException(LocalizedMessage.of(e));
        }
        Map<String, Set<LocalDate>> days = new HashMap<>();
        Map<String, Double> spend = new HashMap<>();
        LocalDate latest = null;
        for (int r = 0; r < transactions.rowCount(); r++) {
            String id = ColumnValues.customerId(customer, r);
            LocalDate day = ColumnValues.date(time, r);
            double value = amount != null ? ColumnValues.number(amount, r)
                    : ColumnValues.number(quantity, r) * ColumnValues.number(price, r);
            if (id == null || day == null || Double.isNaN(value) || value <= 0) {
                continue;
            }
            days.computeIfAbsent(id, k -> new HashSet<>()).add(day);
            spend.merge(id, value, Double::sum);
            latest = latest == null || day.isAfter(latest) ? day : latest;
        }
        if (latest == null) {
            throw new CampaignException(Message.of("campaign.error.noPurchases", source));
        }
        LocalDate cut = latest.minusDays(7);
        double[] inClass = new double[3];
        double[] boughtLastWeek = new double[3];
        double[] valueSum = new double[3];
        double[] orderSum = new double[3];
        double[] now = new double[3];
        for (Map.Entry<String, Set<LocalDate>> e : days.entrySet()) {
            LocalDate lastBefore = e.getValue().stream().filter(d -> !d.isAfter(cut)).max(LocalDate::compareTo)
                    .orElse(null);
            LocalDate last = e.getValue().stream().max(LocalDate::compareTo).orElseThrow();
            now[recencyClass(ChronoUnit.DAYS.between(last, latest))]++;
            if (lastBefore == null) {
                continue; // a new customer: no class before the last week
            }
            int c = recencyClass(ChronoUnit.DAYS.between(lastBefore, cut));
            inClass[c]++;
            boughtLastWeek[c] += last.isAfter(cut) ? 1 : 0;
            valueSum[c] += spend.get(e.getKey());
            orderSum[c] += e.getValue().size();
        }
        double[] base = new double[3];
        double[] value = new double[3];
        double[] shares = new double[3];
        for (int c = 0; c < 3; c++) {
            base[c] = inClass[c] == 0 ? DEFAULT_BASE[c] : Math.max(0.001, boughtLastWeek[c] / inClass[c]);
            value[c] = orderSum[c] == 0 ? DEFAULT_VALUE[c] : valueSum[c] / orderSum[c];
            shares[c] = now[c] / days.size();
        }
        return new ResponseModel(offers, base, value, margin, shares);
    }

    /** Customers the last calibration would count: those with a positive purchase. */
    static int recencyClass(long daysSince) {
        return daysSince <= 30 ? 0 : daysSince <= 90 ? 1 : 2;
    }
}
