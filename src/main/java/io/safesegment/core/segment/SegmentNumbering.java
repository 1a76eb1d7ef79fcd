package io.safesegment.core.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Gives segments stable numbers, so that a segment keeps its number (and with it its colour) from run to run.
 *
 * <p>Clustering algorithms number their clusters arbitrarily: k-means by the order its seeds were drawn, DBSCAN by
 * the first point it reached. {@link #bySize} renumbers them largest first (ties broken by the centroid, so the
 * order never depends on the algorithm's internals); {@link #matchedTo} instead keeps the numbers of a previous run
 * of the same customers or features, for when the user re-runs with a nearby k. Numbers are always 0..k−1 and noise
 * stays −1.
 */
public final class SegmentNumbering {
    private SegmentNumbering() {
    }

    /**
     * The new order of segments, largest first: {@code order[newNumber] = oldNumber}. Equal sizes are ordered by
     * their centroids (lexicographically), then by the old number.
     */
    public static int[] orderBySize(int[] sizes, double[][] centroids) {
        Integer[] order = new Integer[sizes.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Comparator<Integer> bySize = Comparator.comparingInt(c -> -sizes[c]);
        Arrays.sort(order, bySize.thenComparing((a, b) -> compareRows(centroids, a, b))
                .thenComparingInt(c -> c));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** {@code run} with its segments renumbered largest first. */
    public static ClusteringRun bySize(ClusteringRun run) {
        return renumber(run, orderBySize(run.sizes(), run.centroids()));
    }

    /**
     * {@code run} with its segments renumbered to follow {@code previous}: each segment takes the number of the
     * previous segment it overlaps most (same customers in the same order) or, failing that, whose centroid is
     * nearest (same features); segments without a partner follow in size order. Returns {@code run} numbered by
     * size when the two runs are not comparable (other customers and other features) or {@code previous} is null.
     */
    public static ClusteringRun matchedTo(ClusteringRun run, ClusteringRun previous) {
        if (previous == null || run.k() == 0) {
            return bySize(run);
        }
        double[][] cost;
        if (previous.rowFingerprint().equals(run.rowFingerprint())
                && previous.labels().length == run.labels().length) {
            cost = overlapCost(run, previous);
        } else if (previous.featureNames().equals(run.featureNames())
                && previous.datasetFingerprint().equals(run.datasetFingerprint())) {
            cost = centroidCost(run, previous);
        } else {
            return bySize(run);
        }
        int[] partner = greedyMatch(cost);
        int[] sizeOrder = orderBySize(run.sizes(), run.centroids());
        int[] sizeRank = new int[run.k()];
        for (int i = 0; i < sizeOrder.length; i++) {
            sizeRank[sizeOrder[i]] = i;
        }
        Integer[] order = new Integer[run.k()];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        // Matched segments in their previous order, then the new ones largest first.
        Arrays.sort(order, Comparator.comparingInt((Integer c) -> partner[c] < 0 ? Integer.MAX_VALUE : partner[c])
                .thenComparingInt(c -> sizeRank[c]));
        return renumber(run, Arrays.stream(order).mapToInt(Integer::intValue).toArray());
    }

    /** Rows shared by new segment c and previous segment p, negated (a lower cost is a better match). */
    private static double[][] overlapCost(ClusteringRun run, ClusteringRun previous) {
        double[][] cost = new double[run.k()][previous.k()];
        int[] now = run.labels();
        int[] before = previous.labels();
        for (int i = 0; i < now.length; i++) {
            if (now[i] >= 0 && before[i] >= 0 && before[i] < previous.k()) {
                cost[now[i]][before[i]] -= 1;
            }
        }
        for (double[] row : cost) {
            for (int p = 0; p < row.length; p++) {
                row[p] = row[p] == 0 ? Double.POSITIVE_INFINITY : row[p];
            }
        }
        return cost;
    }

    private static double[][] centroidCost(ClusteringRun run, ClusteringRun previous) {
        double[][] cost = new double[run.k()][previous.k()];
        for (int c = 0; c < run.k(); c++) {
            for (int p = 0; p < previous.k(); p++) {
                double d = 0;
                double[] a = run.centroids()[c];
                double[] b = previous.centroids()[p];
                for (int j = 0; j < Math.min(a.length, b.length); j++) {
                    d += (a[j] - b[j]) * (a[j] - b[j]);
                }
                cost[c][p] = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
            }
        }
        return cost;
    }

    /** Cheapest pairs first, each side used once; {@code partner[c]} = previous number or −1. */
    private static int[] greedyMatch(double[][] cost) {
        List<int[]> pairs = new ArrayList<>();
        for (int c = 0; c < cost.length; c++) {
            for (int p = 0; p < cost[c].length; p++) {
                if (cost[c][p] < Double.POSITIVE_INFINITY) {
                    pairs.add(new int[] {c, p});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((int[] pair) -> cost[pair[0]][pair[1]])
                .thenComparingInt(pair -> pair[0]).thenComparingInt(pair -> pair[1]));
        int[] partner = new int[cost.length];
        Arrays.fill(partner, -1);
        boolean[] taken = new boolean[cost.length == 0 ? 0 : cost[0].length];
        for (int[] pair : pairs) {
            if (partner[pair[0]] < 0 && !taken[pair[1]]) {
                partner[pair[0]] = pair[1];
                taken[pair[1]] = true;
            }
        }
        return partner;
    }

    /**
     * {@code run} with segment {@code order[n]} renamed to number n: labels, sizes and centroids move with it;
     * generated names ("Segment 1") are regenerated for the new numbers, rule-group names move with their group.
     */
    static ClusteringRun renumber(ClusteringRun run, int[] order) {
        int k = run.k();
        int[] newNumber = new int[k];
        for (int n = 0; n < k; n++) {
            newNumber[order[n]] = n;
        }
        int[] labels = run.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = labels[i] < 0 || labels[i] >= k ? labels[i] : newNumber[labels[i]];
        }
        int[] sizes = new int[k];
        double[][] centroids = new double[k][];
        List<String> names = new ArrayList<>();
        for (int n = 0; n < k; n++) {
            sizes[n] = run.sizes()[order[n]];
            centroids[n] = run.centroids()[order[n]];
            names.add(run.algorithm() == Algorithm.RULES ? run.segmentNames().get(order[n]) : defaultName(n));
        }
        return new ClusteringRun(run.id(), run.createdAt(), run.algorithm(), run.parameters(), run.seed(),
                run.featureNames(), run.datasetFingerprint(), run.rowFingerprint(), run.durationMillis(), labels,
                sizes, run.noise(), centroids, names, run.silhouette());
    }

    /** The name of segment number {@code n} (0-based) when the algorithm gives none. */
    public static String defaultName(int n) {
        return SegmentNames.defaultName(n).english();
    }

    private static int compareRows(double[][] rows, int a, int b) {
        double[] x = rows[a];
        double[] y = rows[b];
        for (int j = 0; j < Math.min(x.length, y.length); j++) {
            int c = Double.compare(x[j], y[j]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
