package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Measures a masked table against a policy's {@link RiskTargets}: equivalence classes over the columns the policy
 * calls quasi-identifiers (those the output still has), rows whose quasi-identifiers are all {@code *} counted as
 * suppressed and left out of the class-level measures, as the anonymiser and ARX do. l and t read the first column
 * with the sensitive role; t is the EMD against the whole output's distribution with the target's ground distance
 * (equal, or hierarchical over the sensitive column's hierarchy file the target names).
 */
public final class RiskTargetMeasure {
    /** What a suppressed quasi-identifier value is (the anonymiser's and the hierarchy operators' top). */
    public static final String SUPPRESSED = "*";
    private static final double EPS = 1e-9;

    private RiskTargetMeasure() {
    }

    /** Measures {@code masked} against {@code targets}; {@code roles} are the policy's column roles. */
    public static RiskTargetCheck check(Table masked, Map<String, ColumnRole> roles, RiskTargets targets) {
        List<Column<?>> qis = new ArrayList<>();
        Column<?> sensitive = null;
        for (String name : masked.columnNames()) {
            ColumnRole role = roles.get(name);
            if (role == ColumnRole.QUASI_IDENTIFIER) {
                qis.add(masked.column(name));
            } else if (role == ColumnRole.SENSITIVE && sensitive == null) {
                sensitive = masked.column(name);
            }
        }
        int rows = masked.rowCount();
        Map<String, Map<String, Integer>> classes = new HashMap<>(); // class key → sensitive value → count
        Map<String, Integer> global = new HashMap<>();
        int suppressed = 0;
        StringBuilder key = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            key.setLength(0);
            boolean allStars = !qis.isEmpty();
            for (Column<?> q : qis) {
                String v = q.isMissing(r) ? "" : q.getString(r);
                allStars &= SUPPRESSED.equals(v);
                key.append(v).append('\u0000');
            }
            String s = sensitive == null ? "" : sensitive.isMissing(r) ? "" : sensitive.getString(r);
            global.merge(s, 1, Integer::sum);
            if (allStars) {
                suppressed++;
                continue;
            }
            classes.computeIfAbsent(key.toString(), x -> new HashMap<>()).merge(s, 1, Integer::sum);
        }
        return check(targets, sensitive == null ? null : sensitive.name(), rows, suppressed, classes.values(),
                global);
    }

    /**
     * Measures against {@code targets} from counts another engine gathered (Apache Spark's group-bys, record 0037)
     * instead of from a table: the same decisions and figures as {@link #check(Table, Map, RiskTargets)}, which
     * gathers these counts and calls this. Cell texts are the columns' {@code getString}, a missing cell "".
     *
     * @param sensitive  the first column with the sensitive role in the output, or null when it has none
     * @param rows       rows of the masked table
     * @param suppressed rows whose quasi-identifiers (at least one) are all {@link #SUPPRESSED}
     * @param classes    per released (not suppressed) equivalence class: sensitive value text → rows ("" as the one
     *                   key when the output has no sensitive column; only the sizes matter when neither l nor t is a
     *                   target, so one map per distinct size suffices)
     * @param global     sensitive value text → rows over the whole output, suppressed rows included (read only for
     *                   t; may be empty otherwise)
     */
    public static RiskTargetCheck check(RiskTargets targets, String sensitive, int rows, int suppressed,
                                        Collection<Map<String, Integer>> classes, Map<String, Integer> global) {
        // a fixed order of the sensitive values, so that the sums (entropy, EMD) add in the same order whatever
        // order the counts were gathered in: the same bits on every engine
        Map<String, Integer> ordered = new TreeMap<>(global);
        int smallest = Integer.MAX_VALUE;
        double minL = Double.POSITIVE_INFINITY;
        double maxT = 0;
        boolean lTarget = targets.l() != null && sensitive != null;
        boolean tTarget = targets.t() != null && sensitive != null;
        SensitiveHierarchy tree = tTarget && targets.hierarchicalT()
                ? SensitiveHierarchy.read(Path.of(targets.tHierarchy()), sensitive, ordered.keySet()) : null;
        for (Map<String, Integer> counts : classes) {
            int size = counts.values().stream().mapToInt(Integer::intValue).sum();
            smallest = Math.min(smallest, size);
            if (lTarget) {
                int[] sorted = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
                minL = Math.min(minL, lOf(targets, sorted, size));
            }
            if (tTarget) {
                maxT = Math.max(maxT, tree != null ? tree.emd(counts, size, ordered, rows)
                        : emd(counts, size, ordered, rows));
            }
        }
        if (classes.isEmpty()) {
            smallest = 0;
        }
        double highest = smallest == 0 ? 0 : 1.0 / smallest;
        double measuredL = targets.l() == null ? Double.NaN : lTarget ? (classes.isEmpty() ? 0 : minL) : Double.NaN;
        double measuredT = tTarget ? maxT : Double.NaN;
        List<RiskTargetMiss> misses = new ArrayList<>();
        if (targets.k() != null && smallest > 0 && smallest < targets.k()) {
            misses.add(new RiskTargetMiss("k", targets.k(), smallest));
        }
        if (targets.needsSensitive() && sensitive == null) {
            misses.add(new RiskTargetMiss("sensitive", Double.NaN, Double.NaN));
        }
        if (lTarget && !classes.isEmpty() && measuredL < targets.l() - EPS) {
            misses.add(new RiskTargetMiss("l", targets.l(), measuredL));
        }
        if (tTarget && measuredT > targets.t() + EPS) {
            misses.add(new RiskTargetMiss("t", targets.t(), measuredT));
        }
        if (targets.maxRisk() != null && highest > targets.maxRisk() + EPS) {
            misses.add(new RiskTargetMiss("maxRisk", targets.maxRisk(), highest));
        }
        double share = rows == 0 ? 0 : (double) suppressed / rows;
        if (targets.maxSuppression() != null && share > targets.maxSuppression() + EPS) {
            misses.add(new RiskTargetMiss("maxSuppression", targets.maxSuppression(), share));
        }
        return new RiskTargetCheck(targets, rows, suppressed, smallest, highest, measuredL, measuredT, misses);
    }

    /**
     * The class's l for the target's variant: distinct values; exp of the entropy (natural log); for recursive
     * (c,l) the largest l with r1 &lt; c·(r_l + … + r_m) (0 when not even l = 1 holds).
     */
    static double lOf(RiskTargets targets, int[] counts, int size) {
        int distinct = counts.length;
        switch (targets.lVariant()) {
            case "entropy" -> {
                double h = 0;
                for (int n : counts) {
                    double p = (double) n / size;
                    h -= p * Math.log(p);
                }
                return Math.exp(h);
            }
            case "recursive" -> {
                int[] f = counts.clone();
                Arrays.sort(f); // ascending: r1 is f[distinct-1], r_l is f[distinct-l]
                long tail = 0;
                int best = 0;
                for (int l = distinct; l >= 1; l--) { // tail grows as l falls; find the largest l that holds
                    tail = 0;
                    for (int i = 0; i <= distinct - l; i++) {
                        tail += f[i];
                    }
                    if (f[distinct - 1] < targets.c() * tail) {
                        best = l;
                        break;
                    }
                }
                return best;
            }
            default -> {
                return distinct;
            }
        }
    }

    /** Equal-distance EMD: half the L1 distance between the class's and the whole output's distributions. */
    private static double emd(Map<String, Integer> counts, int size, Map<String, Integer> global, int rows) {
        double sum = 0;
        for (Map.Entry<String, Integer> g : global.entrySet()) {
            double p = (double) counts.getOrDefault(g.getKey(), 0) / size;
            sum += Math.abs(p - (double) g.getValue() / rows);
        }
        return sum / 2;
    }
}
