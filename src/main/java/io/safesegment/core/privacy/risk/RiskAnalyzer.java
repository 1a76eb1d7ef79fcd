package io.safesegment.core.privacy.risk;

import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Measures k-anonymity, l-diversity, t-closeness and prosecutor / journalist / marketer re-identification risk
 * (El Emam, "Guide to the De-Identification of Personal Health Information", 2013) over chosen quasi-identifiers.
 *
 * <p>Missing values are treated as one more value of the column. Rows are grouped through integer codes per column
 * so 1M rows × 5 quasi-identifiers take about a second.
 */
public final class RiskAnalyzer {
    private RiskAnalyzer() {
    }

    /** Analyses {@code table}. Unknown column names are an {@link IllegalArgumentException} naming them. */
    public static RiskReport analyze(Table table, RiskOptions options, Progress progress) {
        for (String c : options.quasiIdentifiers()) {
            requireColumn(table, c);
        }
        if (options.sensitive() != null) {
            requireColumn(table, options.sensitive());
        }
        int n = table.rowCount();
        if (n == 0) {
            throw new IllegalArgumentException("Dataset '" + table.name() + "' has no rows; nothing to measure");
        }
        progress.update(0.05, "Grouping records into equivalence classes");
        int[] classOf = classIds(table, options.quasiIdentifiers(), progress);
        int classes = Arrays.stream(classOf).max().orElse(-1) + 1;
        int[] size = new int[classes];
        for (int c : classOf) {
            size[c]++;
        }
        progress.checkCancelled();
        progress.update(0.6, "Computing risk measures");
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        int k = Integer.MAX_VALUE;
        int uniques = 0;
        for (int s : size) {
            histogram.merge(s, 1, Integer::sum);
            k = Math.min(k, s);
            if (s == 1) {
                uniques++;
            }
        }
        int belowK = 0;
        for (int s : size) {
            if (s < options.kTarget()) {
                belowK += s;
            }
        }
        double threshold = options.riskThreshold();
        RiskReport.AttackerRisk prosecutor = attackerRisk(size, n, 1.0, threshold);
        double samplingFraction = options.populationSize() <= n ? 1.0 : (double) n / options.populationSize();
        RiskReport.AttackerRisk journalist = attackerRisk(size, n, samplingFraction, threshold);
        // Marketer: expected share re-identified when every record is matched: (1/n) Σ_j f_j / F_j.
        double marketer = samplingFraction == 1.0 ? (double) classes / n : samplingFraction;
        RiskReport.Diversity diversity = options.sensitive() == null ? null
                : diversity(table.column(options.sensitive()), classOf, size);
        progress.update(1, "Risk measured");
        return new RiskReport(n, options.quasiIdentifiers(), classes, k, histogram, belowK, options.kTarget(),
                (double) uniques / n, prosecutor, journalist, marketer, diversity);
    }

    /**
     * Per-record risk 1/F where F is the estimated population size of the record's class (F = f / sampling fraction,
     * never below f).
     */
    private static RiskReport.AttackerRisk attackerRisk(int[] size, int n, double samplingFraction, double threshold) {
        double highest = 0;
        double sum = 0;
        int atRisk = 0;
        for (int f : size) {
            double population = Math.max(f, f / samplingFraction);
            double risk = 1.0 / population;
            highest = Math.max(highest, risk);
            sum += f * risk;
            if (risk > threshold) {
                atRisk += f;
            }
        }
        return new RiskReport.AttackerRisk(highest, sum / n, atRisk, threshold);
    }

    private static RiskReport.Diversity diversity(Column<?> sensitive, int[] classOf, int[] size) {
        boolean ordered = sensitive instanceof NumericColumn<?>;
        int[] code = ordered ? orderedCodes((NumericColumn<?>) sensitive) : codes(sensitive);
        int values = Arrays.stream(code).max().orElse(-1) + 1;
        int classes = size.length;
        double[] overall = new double[values];
        for (int v : code) {
            overall[v]++;
        }
        for (int v = 0; v < values; v++) {
            overall[v] /= code.length;
        }
        // counts per (class, value) kept sparse: most classes hold few values
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < code.length; i++) {
            counts.merge((long) classOf[i] * values + code[i], 1, Integer::sum);
        }
        List<Map<Integer, Integer>> perClass = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            perClass.add(new HashMap<>());
        }
        counts.forEach((key, count) -> perClass.get((int) (key / values)).put((int) (key % values), count));
        int distinctL = Integer.MAX_VALUE;
        double minEntropy = Double.MAX_VALUE;
        double t = 0;
        for (int c = 0; c < classes; c++) {
            Map<Integer, Integer> dist = perClass.get(c);
            distinctL = Math.min(distinctL, dist.size());
            double entropy = 0;
            for (int count : dist.values()) {
                double p = (double) count / size[c];
                entropy -= p * Math.log(p);
            }
            minEntropy = Math.min(minEntropy, entropy);
            t = Math.max(t, ordered ? orderedEmd(dist, size[c], overall) : equalEmd(dist, size[c], overall));
        }
        return new RiskReport.Diversity(sensitive.name(), distinctL, Math.exp(minEntropy), t, ordered);
    }

    /** EMD with equal ground distance: half the L1 distance between the distributions. */
    static double equalEmd(Map<Integer, Integer> dist, int classSize, double[] overall) {
        double sum = 0;
        for (int v = 0; v < overall.length; v++) {
            double p = dist.getOrDefault(v, 0) / (double) classSize;
            sum += Math.abs(p - overall[v]);
        }
        return sum / 2;
    }

    /** EMD with ordered distance over m sorted values: (1/(m-1)) Σ_i |Σ_{j≤i} (p_j − q_j)|. */
    static double orderedEmd(Map<Integer, Integer> dist, int classSize, double[] overall) {
        int m = overall.length;
        if (m < 2) {
            return 0;
        }
        double cumulative = 0;
        double sum = 0;
        for (int v = 0; v < m; v++) {
            cumulative += dist.getOrDefault(v, 0) / (double) classSize - overall[v];
            sum += Math.abs(cumulative);
        }
        return sum / (m - 1);
    }

    /** Dense class ids (0..classes-1) for the combination of quasi-identifier values of each row. */
    private static int[] classIds(Table table, List<String> qis, Progress progress) {
        int n = table.rowCount();
        int[][] codes = new int[qis.size()][];
        for (int q = 0; q < qis.size(); q++) {
            progress.checkCancelled();
            codes[q] = codes(table.column(qis.get(q)));
        }
        Map<Key, Integer> ids = new HashMap<>();
        int[] classOf = new int[n];
        for (int i = 0; i < n; i++) {
            int[] tuple = new int[qis.size()];
            for (int q = 0; q < tuple.length; q++) {
                tuple[q] = codes[q][i];
            }
            classOf[i] = ids.computeIfAbsent(new Key(tuple), key -> ids.size());
        }
        return classOf;
    }

    /** Dense codes per distinct value (missing is one more value), in order of first appearance. */
    private static int[] codes(Column<?> column) {
        Map<String, Integer> dict = new HashMap<>();
        int[] code = new int[column.size()];
        for (int i = 0; i < code.length; i++) {
            String v = column.isMissing(i) ? "\u0000missing" : column.getString(i);
            code[i] = dict.computeIfAbsent(v, key -> dict.size());
        }
        return code;
    }

    /** Codes that follow the numeric order of the values (for the ordered EMD); missing sorts last. */
    private static int[] orderedCodes(NumericColumn<?> column) {
        double[] values = new double[column.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.isMissing(i) ? Double.POSITIVE_INFINITY : column.getDouble(i);
        }
        double[] distinct = Arrays.stream(values).distinct().sorted().toArray();
        int[] code = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            code[i] = Arrays.binarySearch(distinct, values[i]);
        }
        return code;
    }

    private static void requireColumn(Table table, String name) {
        if (!table.columnNames().contains(name)) {
            throw new IllegalArgumentException("Column '" + name + "' is not in dataset '" + table.name()
                    + "'. Columns: " + String.join(", ", table.columnNames()));
        }
    }

    /** A tuple of value codes with value semantics. */
    private record Key(int[] codes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(codes, k.codes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codes);
        }
    }
}
