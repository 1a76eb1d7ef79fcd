package io.safesegment.spark;

import java.util.Arrays;

/**
 * The desktop's microaggregation groups over values streamed in sorted order: consecutive runs of k, the last run
 * absorbing a remainder smaller than k, each averaged by summing its values in that order from 0 (as
 * {@code MicroaggregationOperator} does, so the means agree to the bit). Keeps per group only its first row's sort
 * key and row id and the running sum, plus the values of the open group (fewer than k) in case it is the remainder.
 */
final class GroupSums {
    private final int k;
    private long[] firstKey = new long[16];
    private long[] firstRow = new long[16];
    private double[] sum = new double[16];
    private int[] count = new int[16];
    private int groups;
    private final double[] open;

    GroupSums(int k) {
        this.k = k;
        this.open = new double[k];
    }

    void add(long key, long row, double value) {
        if (groups == 0 || count[groups - 1] == k) {
            if (groups == firstKey.length) {
                int n = groups * 2;
                firstKey = Arrays.copyOf(firstKey, n);
                firstRow = Arrays.copyOf(firstRow, n);
                sum = Arrays.copyOf(sum, n);
                count = Arrays.copyOf(count, n);
            }
            firstKey[groups] = key;
            firstRow[groups] = row;
            sum[groups] = 0;
            count[groups] = 0;
            groups++;
        }
        int g = groups - 1;
        open[count[g]] = value;
        sum[g] += value;
        count[g]++;
    }

    /** The finished groups: a short last run is merged into the one before, continuing that run's sum. */
    WholeColumnMasks.Groups groups() {
        int n = groups;
        if (n > 1 && count[n - 1] < k) {
            for (int i = 0; i < count[n - 1]; i++) {
                sum[n - 2] += open[i];
            }
            count[n - 2] += count[n - 1];
            n--;
        }
        double[] mean = new double[n];
        for (int g = 0; g < n; g++) {
            mean[g] = sum[g] / count[g];
        }
        return new WholeColumnMasks.Groups(Arrays.copyOf(firstKey, n), Arrays.copyOf(firstRow, n), mean);
    }
}
