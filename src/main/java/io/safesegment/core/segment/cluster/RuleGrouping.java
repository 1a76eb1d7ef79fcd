package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule-based segments: every distinct combination of the values of one or more columns (e.g. age band × gender) is a
 * segment. Segment numbers follow the sorted order of the combined names, so they do not depend on row order.
 */
public final class RuleGrouping {
    /** Shown for a missing value in a group name. */
    public static final String MISSING = "(missing)";

    private RuleGrouping() {
    }

    /**
     * Outcome.
     *
     * @param labels segment of each row
     * @param names  name of each segment, e.g. {@code 30–39 · F}
     */
    public record Result(int[] labels, List<String> names) {
    }

    /** Groups rows by the values of the given key columns (all of the same length). */
    public static Result group(List<String[]> keyColumns) {
        if (keyColumns.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("cluster.ruleGrouping.ruleBasedGroupingNeeds"));
        }
        int n = keyColumns.getFirst().length;
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < keyColumns.size(); c++) {
                String v = keyColumns.get(c)[i];
                if (c > 0) {
                    sb.append(" · ");
                }
                sb.append(v == null || v.isBlank() ? MISSING : v);
            }
            keys[i] = sb.toString();
        }
        Map<String, Integer> index = new TreeMap<>();
        for (String key : keys) {
            index.putIfAbsent(key, 0);
        }
        List<String> names = new ArrayList<>(index.keySet());
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = index.get(keys[i]);
        }
        return new Result(labels, names);
    }

    /**
     * Bands numeric values into intervals of {@code width} starting at multiples of it, e.g. width 10 turns 34 into
     * {@code 30–39} (for integral widths) ; NaN becomes {@code null} (missing).
     */
    public static String[] bands(double[] values, double width) {
        if (!(width > 0)) {
            throw new LocalizedArgumentException(Message.of("cluster.ruleGrouping.bandWidthMustBe", String.valueOf(width)));
        }
        boolean integral = width == Math.rint(width);
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            double lo = Math.floor(v / width) * width;
            out[i] = integral
                    ? String.format(java.util.Locale.ROOT, "%d–%d", (long) lo, (long) (lo + width - 1))
                    : String.format(java.util.Locale.ROOT, "%s–%s", lo, lo + width);
        }
        return out;
    }
}
