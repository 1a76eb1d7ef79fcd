package io.safesegment.core.segment.rfm;

import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.segment.features.FeatureException;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Recency / frequency / monetary analysis of transactions.
 *
 * <p><b>Scoring rule (ties).</b> For each measure the customers are ranked by value; a customer's rank is the number
 * of customers with a strictly worse value, and its score is {@code 1 + floor(5 × rank / n)}. Equal values therefore
 * always get equal scores, and heavy ties (many customers with one purchase) make some quintiles larger than n / 5
 * and can leave a score unused. "Worse" means longer ago for recency and smaller for frequency and monetary, so 5 is
 * always best.
 */
public final class RfmAnalyzer {

    private RfmAnalyzer() {
    }

    /** Scores the customers of {@code transactions} (columns: id, {@code timestamp}, {@code amount}). */
    public static RfmResult analyze(Table transactions, RfmOptions options, Progress progress) {
        Column<?> id = ColumnValues.require(transactions, options.idColumn(), "The transactions table");
        Column<?> time = ColumnValues.require(transactions, "timestamp", "The transactions table");
        Column<?> amount = ColumnValues.require(transactions, "amount", "The transactions table");
        Map<String, Integer> index = new LinkedHashMap<>();
        List<long[]> stats = new ArrayList<>(); // lastDay, count
        List<double[]> money = new ArrayList<>();
        long latest = Long.MIN_VALUE;
        int rows = transactions.rowCount();
        for (int r = 0; r < rows; r++) {
            if ((r & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.update(0.8 * r / rows, "Reading transactions");
            }
            String cid = ColumnValues.text(id, r);
            LocalDate day = ColumnValues.date(time, r);
            if (cid == null || day == null) {
                throw new FeatureException("Transactions row " + (r + 1) + " lacks a customer id or timestamp; "
                        + "clean the file first");
            }
            int c = index.computeIfAbsent(cid, k -> {
                stats.add(new long[] {Long.MIN_VALUE, 0});
                money.add(new double[1]);
                return stats.size() - 1;
            });
            long e = day.toEpochDay();
            long[] s = stats.get(c);
            s[0] = Math.max(s[0], e);
            s[1]++;
            double a = ColumnValues.number(amount, r);
            if (!Double.isNaN(a)) {
                money.get(c)[0] += a;
            }
            latest = Math.max(latest, e);
        }
        if (index.isEmpty()) {
            throw new FeatureException("The transactions table is empty; RFM needs purchases");
        }
        LocalDate reference = options.referenceDate() != null ? options.referenceDate() : LocalDate.ofEpochDay(latest);
        int n = index.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int c = 0; c < n; c++) {
            recency[c] = reference.toEpochDay() - stats.get(c)[0];
            frequency[c] = stats.get(c)[1];
            monetary[c] = money.get(c)[0];
            if (!Double.isFinite(monetary[c])) {
                throw new FeatureException(overflow(id, amount, ids(index).get(c), "one customer's amounts"));
            }
        }
        double[] negRecency = Arrays.stream(recency).map(v -> -v).toArray();
        int[] r = quintileScores(negRecency);
        int[] f = quintileScores(frequency);
        int[] m = quintileScores(monetary);
        progress.update(0.9, "Naming segments");
        Map<String, double[]> summary = new LinkedHashMap<>(); // count, revenue
        options.rules().forEach(rule -> summary.putIfAbsent(rule.name(), new double[2]));
        List<RfmResult.Customer> customers = new ArrayList<>(n);
        List<String> ids = new ArrayList<>(index.keySet());
        for (int c = 0; c < n; c++) {
            String name = "other";
            for (RfmSegmentRule rule : options.rules()) {
                if (rule.matches(r[c], f[c])) {
                    name = rule.name();
                    break;
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
                throw new FeatureException("The revenue of segment '" + name + "' adds up beyond ±1.8e308; check the"
                        + " amount column for corrupted or absurd values");
            }
        });
        summary.forEach((name, s) -> segments.add(new RfmResult.SegmentSummary(name, (int) s[0], s[0] / n, s[1])));
        progress.update(1, "RFM finished");
        return new RfmResult(reference, customers, segments);
    }

    private static List<String> ids(Map<String, Integer> index) {
        return new ArrayList<>(index.keySet());
    }

    /**
     * A refusal naming the first transactions row of the customer whose total overflowed (never the customer id or
     * an amount: both can be personal data).
     */
    private static String overflow(Column<?> id, Column<?> amount, String customer, String what) {
        for (int r = 0; r < id.size(); r++) {
            if (customer.equals(ColumnValues.text(id, r)) && !Double.isFinite(ColumnValues.number(amount, r))) {
                return "Transactions row " + (r + 1) + ": the amount is not a finite number; clean the file first";
            }
        }
        for (int r = 0; r < id.size(); r++) {
            if (customer.equals(ColumnValues.text(id, r))) {
                return "The amounts of " + what + " (first in transactions row " + (r + 1) + ") add up beyond"
                        + " ±1.8e308; check the amount column for corrupted or absurd values";
            }
        }
        return "The amounts of " + what + " add up beyond ±1.8e308";
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
