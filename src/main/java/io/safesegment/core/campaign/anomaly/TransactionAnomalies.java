package io.safesegment.core.campaign.anomaly;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.task.Progress;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Flags odd transactions against each customer's own history, read by role (customer id, timestamp, amount or
 * quantity × unit price, optional channel). Three explainable rules instead of an opaque model, so that an analyst
 * can act on the "why":
 * <ul>
 * <li>amount: robust z = 0.6745 (x − median) / MAD over the customer's amounts (Iglewicz &amp; Hoaglin 1993) above
 * the threshold, with at least {@code minHistory} transactions;</li>
 * <li>new channel: a channel not used in the customer's earlier transactions, after at least {@code minHistory};</li>
 * <li>burst: at least {@code burstCount} transactions of the customer within {@code burstHours} ending at the row.</li>
 * </ul>
 * Score = max(0, z)/threshold (amount) + 1 (new channel) + count/burstCount (burst); rows are ranked by score.
 */
public final class TransactionAnomalies {
    private TransactionAnomalies() {
    }

    private record Row(int index, LocalDateTime time, double amount, String channel) {
    }

    /** Scores every row of {@code transactions}. */
    public static AnomalyReport find(Table transactions, RoleMapping overrides, AnomalyOptions options,
                                     String source, Progress progress) {
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
        Column<?> channel = ColumnValues.optional(transactions, roles, SemanticRole.CHANNEL);
        Map<String, List<Row>> byCustomer = new LinkedHashMap<>();
        for (int r = 0; r < transactions.rowCount(); r++) {
            String id = ColumnValues.customerId(customer, r);
            LocalDateTime at = dateTime(time, r);
            double value = amount != null ? ColumnValues.number(amount, r)
                    : ColumnValues.number(quantity, r) * ColumnValues.number(price, r);
            if (id == null || at == null || Double.isNaN(value)) {
                continue;
            }
            byCustomer.computeIfAbsent(id, k -> new ArrayList<>()).add(new Row(r, at, value,
                    channel == null ? null : ColumnValues.text(channel, r)));
        }
        List<AnomalyReport.FlaggedTransaction> flagged = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<Row>> e : byCustomer.entrySet()) {
            if (++done % 1000 == 0) {
                progress.checkCancelled();
                progress.report((double) done / byCustomer.size(), Message.of("campaign.progress.anomalies"));
            }
            flag(e.getKey(), e.getValue(), options, transactions, time, flagged);
        }
        flagged.sort(Comparator.comparingDouble(AnomalyReport.FlaggedTransaction::score).reversed()
                .thenComparingInt(AnomalyReport.FlaggedTransaction::line));
        return new AnomalyReport(transactions.rowCount(), byCustomer.size(), flagged.size(), options,
                List.copyOf(flagged.subList(0, Math.min(options.top(), flagged.size()))));
    }

    private static void flag(String id, List<Row> rows, AnomalyOptions options, Table table, Column<?> time,
                             List<AnomalyReport.FlaggedTransaction> out) {
        rows.sort(Comparator.comparing(Row::time).thenComparingInt(Row::index));
        double[] amounts = rows.stream().mapToDouble(Row::amount).toArray();
        double median = median(amounts);
        double[] deviations = Arrays.stream(amounts).map(a -> Math.abs(a - median)).toArray();
        double mad = median(deviations);
        boolean history = rows.size() >= options.minHistory();
        Set<String> channels = new HashSet<>();
        int windowStart = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<AnomalyReport.Reason> reasons = new ArrayList<>();
            double score = 0;
            Double z = history && mad > 0 ? 0.6745 * (row.amount() - median) / mad : null;
            if (z != null && z > options.zThreshold()) {
                reasons.add(AnomalyReport.Reason.AMOUNT_FAR_ABOVE_USUAL);
                score += z / options.zThreshold();
            }
            if (row.channel() != null) {
                if (i >= options.minHistory() && !channels.isEmpty() && !channels.contains(row.channel())) {
                    reasons.add(AnomalyReport.Reason.NEW_CHANNEL);
                    score += 1;
                }
                channels.add(row.channel());
            }
            LocalDateTime from = row.time().minusSeconds(Math.round(options.burstHours() * 3600));
            while (rows.get(windowStart).time().isBefore(from)) {
                windowStart++;
            }
            int inWindow = i - windowStart + 1;
            if (inWindow >= options.burstCount()) {
                reasons.add(AnomalyReport.Reason.BURST);
                score += (double) inWindow / options.burstCount();
            }
            if (!reasons.isEmpty()) {
                out.add(new AnomalyReport.FlaggedTransaction(row.index() + 2, id, time.getString(row.index()),
                        row.amount(), median, z, score, List.copyOf(reasons)));
            }
        }
    }

    private static LocalDateTime dateTime(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return null;
        }
        Object value = column.get(row);
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof java.time.LocalDate d) {
            return d.atStartOfDay();
        }
        try {
            return LocalDateTime.parse(column.getString(row).trim());
        } catch (RuntimeException e) {
            java.time.LocalDate d = ColumnValues.date(column, row);
            return d == null ? null : d.atStartOfDay();
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
