package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The table encoded for the search: each quasi-identifier value as its hierarchy row, each level as a dense code,
 * and what every metric needs precomputed per level. {@link #check(int[])} groups the rows of one transformation
 * into equivalence classes, suppresses classes failing a class-level model and computes the metric. Thread-safe
 * (checks allocate their own buffers).
 */
final class TransformationChecker {
    private final AnonymiseOptions options;
    private final int rows;
    private final int qis;
    private final int[][] hierarchyRow;      // [qi][tuple] → hierarchy row
    private final int tuples;                // distinct (quasi-identifiers, sensitive) combinations
    private final int[] weight;              // [tuple] → rows
    private final int[] rowTuple;            // [unit] → tuple (a unit: a row, or a combination of a FrequencyTable)
    private final int[][][] tupleCode;       // [qi][level][tuple] → generalised code (dense, cache-friendly)
    private final int[][][] genCode;         // [qi][level][hierarchy row] → dense code of the generalised value
    private final int[][] genCount;          // [qi][level] → number of distinct codes
    private final double[][][] share;        // [qi][level][code] → share of the hierarchy under the value
    private final double[][] rawLossLowerBound; // [qi][level] → Σ rows share (no suppression)
    private final double[][] entropyLowerBound; // [qi][level]
    private final double[][][] suppressedEntropy; // [qi][level][code] → log2(n / freq(gen))
    private final double[] domainSize;
    private final int[] sensitiveCode;       // [tuple] or null
    private final int sensitiveValues;
    private final double[] globalDistribution;
    private final int[][] sensitiveAncestor; // [level][sensitive code] → dense node id at that level (hierarchical t)
    private final int sensitiveHeight;
    private final int kMin;
    private final SensitiveChecks sensitiveChecks;
    private final int maxSuppressed;

    TransformationChecker(Table table, AnonymiseOptions options) {
        this(qiValues(options, n -> columnValues(table, n)), options.sensitive() == null ? null
                : columnValues(table, options.sensitive()), null, table.rowCount(), options);
    }

    /**
     * The same checker from the rows' distinct combinations and their counts (FrequencyTable): every sum below
     * adds the same terms in the same order as over the rows when the combinations come in first-row order.
     */
    TransformationChecker(FrequencyTable frequencies, AnonymiseOptions options) {
        this(qiValues(options, frequencies::column), options.sensitive() == null ? null
                : frequencies.column(options.sensitive()), frequencies.counts(), frequencies.rows(), options);
    }

    private static String[][] qiValues(AnonymiseOptions options, java.util.function.Function<String, String[]> column) {
        return options.quasiIdentifiers().stream().map(column).toArray(String[][]::new);
    }

    /** @param unitWeight rows per unit (value tuple), or null when every unit is one row */
    private TransformationChecker(String[][] qiValues, String[] sensitiveColumn, int[] unitWeight, int rows,
                                  AnonymiseOptions options) {
        this.options = options;
        this.rows = rows;
        int units = unitWeight == null ? rows : unitWeight.length;
        this.qis = options.quasiIdentifiers().size();
        this.maxSuppressed = (int) Math.floor(options.suppressionLimit() * rows + 1e-9);
        int[][] rowHier = new int[qis][];
        genCode = new int[qis][][];
        genCount = new int[qis][];
        share = new double[qis][][];
        rawLossLowerBound = new double[qis][];
        entropyLowerBound = new double[qis][];
        suppressedEntropy = new double[qis][][];
        domainSize = new double[qis];
        for (int j = 0; j < qis; j++) {
            String name = options.quasiIdentifiers().get(j);
            Hierarchy h = options.hierarchies().get(name);
            String[] values = qiValues[j];
            h.requireCovers(name, Arrays.asList(values));
            int[] hr = new int[units];
            int[] freq = new int[h.size()];
            for (int r = 0; r < units; r++) {
                hr[r] = h.indexOf(values[r]);
                freq[hr[r]] += unitWeight == null ? 1 : unitWeight[r];
            }
            rowHier[j] = hr;
            domainSize[j] = h.size();
            int height = h.height();
            genCode[j] = new int[height][h.size()];
            genCount[j] = new int[height];
            share[j] = new double[height][];
            rawLossLowerBound[j] = new double[height];
            entropyLowerBound[j] = new double[height];
            suppressedEntropy[j] = new double[height][];
            for (int l = 0; l < height; l++) {
                Map<String, Integer> codes = new HashMap<>();
                List<Integer> hierarchyCount = new ArrayList<>();
                for (int i = 0; i < h.size(); i++) {
                    String g = h.rows().get(i).get(l);
                    Integer c = codes.get(g);
                    if (c == null) {
                        c = codes.size();
                        codes.put(g, c);
                        hierarchyCount.add(0);
                    }
                    genCode[j][l][i] = c;
                    hierarchyCount.set(c, hierarchyCount.get(c) + 1);
                }
                genCount[j][l] = codes.size();
                share[j][l] = new double[codes.size()];
                for (int c = 0; c < codes.size(); c++) {
                    share[j][l][c] = hierarchyCount.get(c) / domainSize[j];
                }
                long[] genFreq = new long[codes.size()];
                for (int i = 0; i < h.size(); i++) {
                    genFreq[genCode[j][l][i]] += freq[i];
                }
                double loss = 0;
                double entropy = 0;
                for (int i = 0; i < h.size(); i++) {
                    if (freq[i] > 0) {
                        int c = genCode[j][l][i];
                        loss += freq[i] * share[j][l][c];
                        entropy += freq[i] * log2((double) genFreq[c] / freq[i]);
                    }
                }
                rawLossLowerBound[j][l] = loss;
                entropyLowerBound[j][l] = entropy;
                suppressedEntropy[j][l] = new double[codes.size()];
                for (int c = 0; c < codes.size(); c++) {
                    suppressedEntropy[j][l][c] = genFreq[c] == 0 ? 0 : log2((double) rows / genFreq[c]);
                }
            }
        }
        int[] rowSens = null;
        if (options.sensitive() != null) {
            String[] values = sensitiveColumn;
            List<String> distinct = new ArrayList<>(new TreeSet<>(Arrays.asList(values)));
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                index.put(distinct.get(i), i);
            }
            rowSens = new int[units];
            globalDistribution = new double[distinct.size()];
            for (int r = 0; r < units; r++) {
                rowSens[r] = index.get(values[r]);
                for (int c = unitWeight == null ? 1 : unitWeight[r]; c > 0; c--) { // one addition per row: same bits
                    globalDistribution[rowSens[r]] += 1.0 / rows;
                }
            }
            sensitiveValues = distinct.size();
            Hierarchy sh = options.hierarchies().get(options.sensitive());
            boolean hierarchical = options.models().stream().anyMatch(m -> m instanceof PrivacyModel.TCloseness t
                    && t.distance() == PrivacyModel.TDistance.HIERARCHICAL);
            if (hierarchical) {
                sh.requireCovers(options.sensitive(), distinct);
                sensitiveHeight = sh.height();
                sensitiveAncestor = new int[sh.height()][distinct.size()];
                for (int l = 0; l < sh.height(); l++) {
                    Map<String, Integer> nodes = new HashMap<>();
                    for (int s = 0; s < distinct.size(); s++) {
                        String g = sh.generalise(distinct.get(s), l);
                        sensitiveAncestor[l][s] = nodes.computeIfAbsent(g, k -> nodes.size());
                    }
                }
            } else {
                sensitiveHeight = 0;
                sensitiveAncestor = null;
            }
        } else {
            globalDistribution = null;
            sensitiveValues = 0;
            sensitiveAncestor = null;
            sensitiveHeight = 0;
        }
        int k = 1;
        for (PrivacyModel m : options.models()) {
            if (m instanceof PrivacyModel.KAnonymity ka) {
                k = Math.max(k, ka.k());
            } else if (m instanceof PrivacyModel.HighestRisk hr) {
                k = Math.max(k, hr.minimumClassSize());
            }
        }
        this.kMin = k;
        this.sensitiveChecks = globalDistribution == null ? null
                : new SensitiveChecks(globalDistribution, sensitiveAncestor, sensitiveHeight);
        // Identical rows behave identically in every transformation: check distinct combinations with weights.
        rowTuple = new int[units];
        int count = 1;
        for (int j = 0; j <= qis; j++) {
            int[] codes = j < qis ? rowHier[j] : rowSens;
            if (codes == null) {
                continue;
            }
            LongIntMap ids = new LongIntMap(units);
            for (int r = 0; r < units; r++) {
                rowTuple[r] = ids.idOf(((long) rowTuple[r] << 32) | codes[r]);
            }
            count = ids.size();
        }
        tuples = units == 0 ? 0 : count;
        weight = new int[tuples];
        hierarchyRow = new int[qis][tuples];
        sensitiveCode = rowSens == null ? null : new int[tuples];
        for (int r = 0; r < units; r++) {
            int t = rowTuple[r];
            weight[t] += unitWeight == null ? 1 : unitWeight[r];
            for (int j = 0; j < qis; j++) {
                hierarchyRow[j][t] = rowHier[j][r];
            }
            if (rowSens != null) {
                sensitiveCode[t] = rowSens[r];
            }
        }
        tupleCode = new int[qis][][];
        for (int j = 0; j < qis; j++) {
            tupleCode[j] = new int[genCode[j].length][tuples];
            for (int l = 0; l < genCode[j].length; l++) {
                for (int t = 0; t < tuples; t++) {
                    tupleCode[j][l][t] = genCode[j][l][hierarchyRow[j][t]];
                }
            }
        }
    }

    SensitiveChecks sensitiveChecks() {
        return sensitiveChecks;
    }

    int tuples() {
        return tuples;
    }

    /** The column's values as text; a missing value is the empty string (a hierarchy must cover it). */
    static String[] columnValues(Table table, String name) {
        if (!table.columnNames().contains(name)) {
            throw new LocalizedArgumentException(Message.of("anonymise.transformationChecker.column", name, table.columnNames()));
        }
        Column<?> c = table.column(name);
        String[] out = new String[c.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = c.isMissing(r) ? "" : c.getString(r);
        }
        return out;
    }

    int rows() {
        return rows;
    }

    int[] heights() {
        int[] h = new int[qis];
        for (int j = 0; j < qis; j++) {
            h[j] = genCode[j].length;
        }
        return h;
    }

    /**
     * A lower bound of the metric at {@code levels} that never decreases under generalisation: the metric with
     * no row suppressed (loss, entropy: a suppressed row costs at least as much as any generalisation of it), the
     * smallest possible discernibility (every row in a class of at least k), or rows over the most classes the
     * generalised domains allow (AECS).
     */
    double lowerBound(int[] levels) {
        return switch (options.metric()) {
            case LOSS -> {
                double sum = 0;
                for (int j = 0; j < qis; j++) {
                    sum += normalisedLoss(j, rawLossLowerBound[j][levels[j]]);
                }
                yield sum / qis;
            }
            case ENTROPY -> {
                double sum = 0;
                for (int j = 0; j < qis; j++) {
                    sum += entropyLowerBound[j][levels[j]];
                }
                yield sum;
            }
            case DISCERNIBILITY -> (double) rows * Math.min(rows, kMin);
            case AECS -> {
                double product = 1;
                for (int j = 0; j < qis; j++) {
                    product *= genCount[j][levels[j]];
                }
                yield rows == 0 ? 0 : rows / Math.min(rows, product);
            }
        };
    }

    private double normalisedLoss(int j, double raw) {
        double min = rows / domainSize[j];
        double max = rows;
        if (max - min <= 0) {
            return 0;
        }
        double v = (raw - min) / (max - min);
        return v > 0 ? v : 0;
    }

    /** Groups, suppresses and measures one transformation. */
    Transformation check(int[] levels) {
        Grouping g = group(levels);
        int[] classOf = g.classOf();
        int[] size = g.size();
        boolean[] released = g.released();
        int classes = size.length;
        return measure(levels, classOf, size, released, classes);
    }

    /** Which rows (of a FrequencyTable: which combinations) a transformation suppresses. */
    boolean[] suppressedRows(int[] levels) {
        Grouping g = group(levels);
        boolean[] out = new boolean[rowTuple.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = !g.released()[g.classOf()[rowTuple[r]]];
        }
        return out;
    }

    private record Grouping(int[] classOf, int[] size, boolean[] released) {
    }

    private Grouping group(int[] levels) {
        int[] classOf = new int[tuples];
        int classes = groupify(levels, classOf);
        int[] size = new int[classes];
        for (int t = 0; t < tuples; t++) {
            size[classOf[t]] += weight[t];
        }
        boolean[] released = new boolean[classes];
        Arrays.fill(released, true);
        for (int c = 0; c < classes; c++) {
            if (size[c] < kMin) {
                released[c] = false;
            }
        }
        if (sensitiveCode != null) {
            checkSensitive(classOf, size, released);
        }
        return new Grouping(classOf, size, released);
    }

    private Transformation measure(int[] levels, int[] classOf, int[] size, boolean[] released, int classes) {
        int suppressed = 0;
        int releasedClasses = 0;
        int smallest = 0;
        long discernibility = 0;
        for (int c = 0; c < classes; c++) {
            if (released[c]) {
                releasedClasses++;
                smallest = smallest == 0 ? size[c] : Math.min(smallest, size[c]);
                discernibility += (long) size[c] * size[c];
            } else {
                suppressed += size[c];
            }
        }
        discernibility += (long) suppressed * rows;
        boolean acceptable = suppressed <= maxSuppressed;
        for (PrivacyModel m : options.models()) {
            if (m instanceof PrivacyModel.AverageRisk avg && rows - suppressed > 0) {
                acceptable &= (double) releasedClasses / (rows - suppressed) <= avg.threshold() + 1e-12;
            }
        }
        List<Integer> lv = Arrays.stream(levels).boxed().toList();
        if (!acceptable) {
            // Its value is never compared (only acceptable nodes compete), so the metric is not computed.
            return new Transformation(lv, false, suppressed, smallest, releasedClasses, Double.POSITIVE_INFINITY,
                    Double.NaN, List.of());
        }
        double[] rawLoss = new double[qis];
        double entropy = 0;
        for (int j = 0; j < qis; j++) {
            rawLoss[j] = rawLossLowerBound[j][levels[j]];
            entropy += entropyLowerBound[j][levels[j]];
        }
        if (suppressed > 0) {
            for (int t = 0; t < tuples; t++) {
                if (!released[classOf[t]]) {
                    for (int j = 0; j < qis; j++) {
                        int code = tupleCode[j][levels[j]][t];
                        rawLoss[j] += weight[t] * (1 - share[j][levels[j]][code]);
                        entropy += weight[t] * suppressedEntropy[j][levels[j]][code];
                    }
                }
            }
        }
        List<Double> lossPerQi = new ArrayList<>(qis);
        double loss = 0;
        for (int j = 0; j < qis; j++) {
            double l = normalisedLoss(j, rawLoss[j]);
            lossPerQi.add(l);
            loss += l;
        }
        loss /= qis;
        double value = switch (options.metric()) {
            case LOSS -> loss;
            case ENTROPY -> entropy;
            case DISCERNIBILITY -> discernibility;
            case AECS -> {
                int denominator = releasedClasses + (suppressed > 0 ? 1 : 0);
                yield denominator == 0 ? 0 : (double) rows / denominator;
            }
        };
        return new Transformation(lv, acceptable, suppressed, smallest, releasedClasses, value, loss, lossPerQi);
    }

    /** Dense class ids per tuple; returns the number of classes. */
    private int groupify(int[] levels, int[] classOf) {
        if (tuples == 0) {
            return 0;
        }
        // One mixed-radix key per tuple when the generalised domains fit a long (the usual case) ...
        long product = 1;
        for (int j = 0; j < qis && product > 0; j++) {
            int radix = genCount[j][levels[j]];
            product = radix > 1 && product > Long.MAX_VALUE / radix ? -1 : product * radix;
        }
        if (product > 0) {
            long[] keys = new long[tuples];
            for (int j = 0; j < qis; j++) {
                int radix = genCount[j][levels[j]];
                if (radix == 1) {
                    continue;
                }
                int[] codes = tupleCode[j][levels[j]];
                for (int t = 0; t < tuples; t++) {
                    keys[t] = keys[t] * radix + codes[t];
                }
            }
            LongIntMap ids = new LongIntMap(Math.min(tuples, product));
            for (int t = 0; t < tuples; t++) {
                classOf[t] = ids.idOf(keys[t]);
            }
            return ids.size();
        }
        // ... otherwise re-code column by column so the key always fits: previous class id × codes + code.
        int count = 1;
        for (int j = 0; j < qis; j++) {
            int[] codes = genCode[j][levels[j]];
            int radix = genCount[j][levels[j]];
            if (radix == 1) {
                continue;
            }
            LongIntMap ids = new LongIntMap(Math.min(tuples, (long) count * radix));
            int[] hr = hierarchyRow[j];
            for (int t = 0; t < tuples; t++) {
                classOf[t] = ids.idOf((long) classOf[t] * radix + codes[hr[t]]);
            }
            count = ids.size();
        }
        return count;
    }

    /** Applies l-diversity and t-closeness to each class's sensitive values. */
    private void checkSensitive(int[] classOf, int[] size, boolean[] released) {
        int classes = size.length;
        int[] start = new int[classes + 1];
        for (int c = 0; c < classes; c++) {
            start[c + 1] = start[c];
        }
        for (int t = 0; t < tuples; t++) {
            start[classOf[t] + 1]++;
        }
        for (int c = 0; c < classes; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, classes);
        int[] ordered = new int[tuples];
        for (int t = 0; t < tuples; t++) {
            ordered[fill[classOf[t]]++] = t;
        }
        int[] counts = new int[sensitiveValues];
        int[] touched = new int[sensitiveValues];
        for (int c = 0; c < classes; c++) {
            if (!released[c]) {
                continue;
            }
            int distinct = 0;
            for (int i = start[c]; i < start[c + 1]; i++) {
                int s = sensitiveCode[ordered[i]];
                if (counts[s] == 0) {
                    touched[distinct++] = s;
                }
                counts[s] += weight[ordered[i]];
            }
            for (PrivacyModel m : options.models()) {
                if (!released[c]) {
                    break;
                }
                if (m instanceof PrivacyModel.LDiversity ld) {
                    released[c] = SensitiveChecks.diverse(ld, counts, touched, distinct, size[c]);
                } else if (m instanceof PrivacyModel.TCloseness tc) {
                    released[c] = sensitiveChecks.emd(tc.distance(), counts, touched, distinct, size[c]) <= tc.t() + 1e-12;
                }
            }
            for (int i = 0; i < distinct; i++) {
                counts[touched[i]] = 0;
            }
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
