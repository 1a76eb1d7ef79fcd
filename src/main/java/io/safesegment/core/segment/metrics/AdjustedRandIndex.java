package io.safesegment.core.segment.metrics;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.HashMap;
import java.util.Map;

/**
 * Adjusted Rand index (Hubert and Arabie 1985) between two labelings of the same rows: 1 for identical partitions
 * (up to renaming), about 0 for independent ones. Every distinct label, including a noise label such as −1, is its
 * own group.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    /** ARI of labelings {@code a} and {@code b}, which must have the same length. */
    public static double of(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new LocalizedArgumentException(Message.of("metrics.adjustedRandIndex.ariNeedsLabelingsOf", a.length, b.length));
        }
        int n = a.length;
        if (n < 2) {
            return 1.0;
        }
        Map<Long, Long> cells = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Long> cols = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cells.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1L, Long::sum);
            rows.merge(a[i], 1L, Long::sum);
            cols.merge(b[i], 1L, Long::sum);
        }
        double sumCells = 0;
        for (long c : cells.values()) {
            sumCells += pairs(c);
        }
        double sumRows = 0;
        for (long c : rows.values()) {
            sumRows += pairs(c);
        }
        double sumCols = 0;
        for (long c : cols.values()) {
            sumCols += pairs(c);
        }
        double expected = sumRows * sumCols / pairs(n);
        double max = 0.5 * (sumRows + sumCols);
        if (max == expected) {
            return 1.0; // both labelings are trivial (one group, or all singletons) and agree
        }
        return (sumCells - expected) / (max - expected);
    }

    private static double pairs(long m) {
        return m * (m - 1) / 2.0;
    }
}
