package io.safesegment.core.privacy.anonymise;

import java.util.Arrays;
import java.util.List;

/**
 * One checked node of the generalisation lattice.
 *
 * @param levels         the generalisation level per quasi-identifier (in the options' order)
 * @param acceptable     whether all privacy models hold with at most the allowed suppression
 * @param suppressedRows rows in classes that fail a class-level model
 * @param smallestClass  size of the smallest released class (0 when every row is suppressed)
 * @param classes        number of released classes
 * @param value          the chosen metric's value (lower is better; +∞ for an unacceptable transformation)
 * @param loss           generalisation loss (0..1, arithmetic mean over the quasi-identifiers), whatever the metric;
 *                       NaN (and no per-QI losses) for an unacceptable transformation
 * @param lossPerQi      generalisation loss per quasi-identifier
 */
public record Transformation(List<Integer> levels, boolean acceptable, int suppressedRows, int smallestClass,
                             int classes, double value, double loss, List<Double> lossPerQi) {
    /** Copies the lists. */
    public Transformation {
        levels = List.copyOf(levels);
        lossPerQi = List.copyOf(lossPerQi);
    }

    /** The levels as an array. */
    public int[] levelArray() {
        return levels.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Sum of the levels (the node's height in the lattice). */
    public int height() {
        return levels.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The deterministic order of the search and the brute force: lower metric value first (values within
     * {@value Lattice#TIE} of each other tie), then the lower node (smaller sum of levels), then the
     * lexicographically smaller level vector.
     */
    public static int compare(Transformation a, Transformation b) {
        if (Math.abs(a.value - b.value) > Lattice.TIE * Math.max(1, Math.abs(a.value))) {
            return Double.compare(a.value, b.value);
        }
        int h = Integer.compare(a.height(), b.height());
        return h != 0 ? h : Arrays.compare(a.levelArray(), b.levelArray());
    }
}
