package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        int smallest = Integer.MAX_VALUE;
        double minL = Double.POSITIVE_INFINITY;
        double maxT = 0;
        boolean lTarget = targets.l() != null && sensitive != null;
        boolean tTarget = targets.t() != null && sensitive != null;
        SensitiveHierarchy tree = tTarget && targets.hierarchicalT()
                ? SensitiveHierarchy.read(Path.of(targets.tHierarchy()), sensitive.name(), global.keySet()) : null;
        for (Map<String, Integer> counts : classes.values()) {
            int size = counts.values().stream().mapToInt(Integer::intValue).sum();
            smallest = Math.min(smallest, size);
            if (lTarget) {
                minL = Math.min(minL, lOf(targets, counts.values().stream().mapToInt(Integer::intValue).toArray(), size));
            }
            if (tTarget) {
                maxT = Math.max(maxT, tree != null ? tree.emd(counts, size, global, rows)
                        : emd(counts, size, global, rows));
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
