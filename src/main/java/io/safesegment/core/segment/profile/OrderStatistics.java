package io.safesegment.core.segment.profile;

import java.util.Arrays;

/**
 * The k-th smallest of a set of doubles in {@link Arrays#sort(double[])}'s order (−0.0 before 0.0, NaN last), found by
 * radix selection on the values' order-preserving bit patterns: one counting pass over 16 bits narrows a million
 * values to the few sharing the k-th value's leading bits, then the next 16 bits, and so on. It replaced a three-way
 * quickselect whose swaps were the largest part of profiling a million customers; the input is never changed.
 */
final class OrderStatistics {
    private static final int BITS = 16;
    private static final int SMALL = 64;
    /** Below this size a sort is cheaper than the 64K-entry counting array. */
    private static final int SORT_BELOW = 1_024;

    private OrderStatistics() {
    }

    /** The value {@code Arrays.sort} would put at index {@code k} of {@code values}. */
    static double kth(double[] values, int k) {
        if (k < 0 || k >= values.length) {
            throw new IndexOutOfBoundsException("k = " + k + " of " + values.length);
        }
        if (values.length < SORT_BELOW) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[k];
        }
        int shift = Long.SIZE - BITS;
        int[] counts = new int[1 << BITS];
        for (double v : values) {
            counts[(int) (key(v) >>> shift)]++;
        }
        int bucket = bucketOf(counts, k);
        k -= below(counts, bucket);
        long[] candidates = new long[counts[bucket]];
        int c = 0;
        for (double v : values) {
            long key = key(v);
            if ((int) (key >>> shift) == bucket) {
                candidates[c++] = key;
            }
        }
        while (candidates.length > SMALL && shift > 0) {
            shift -= BITS;
            Arrays.fill(counts, 0);
            for (long key : candidates) {
                counts[(int) (key >>> shift) & 0xFFFF]++;
            }
            bucket = bucketOf(counts, k);
            k -= below(counts, bucket);
            long[] next = new long[counts[bucket]];
            c = 0;
            for (long key : candidates) {
                if (((int) (key >>> shift) & 0xFFFF) == bucket) {
                    next[c++] = key;
                }
            }
            candidates = next;
        }
        // all candidates share their leading bits, so their sign bit too: signed order is the keys' order here
        Arrays.sort(candidates);
        return value(candidates[k]);
    }

    /**
     * The value at index {@code k - 1} given {@code atK}, the value at index {@code k}, in one pass: {@code atK} again
     * when fewer than {@code k} values sort before it (ties), else the largest of those that do.
     */
    static double below(double[] values, int k, double atK) {
        long limit = key(atK);
        int before = 0;
        long best = 0;
        for (double v : values) {
            long key = key(v);
            if (Long.compareUnsigned(key, limit) < 0) {
                before++;
                if (before == 1 || Long.compareUnsigned(key, best) > 0) {
                    best = key;
                }
            }
        }
        return before < k ? atK : value(best);
    }

    private static int bucketOf(int[] counts, int k) {
        int seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen > k) {
                return b;
            }
        }
        throw new IllegalStateException("rank beyond the counts");
    }

    private static int below(int[] counts, int bucket) {
        int sum = 0;
        for (int b = 0; b < bucket; b++) {
            sum += counts[b];
        }
        return sum;
    }

    /** Unsigned-order key: negatives have all bits flipped, others only the sign bit; every NaN maps to one key. */
    static long key(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }

    private static double value(long key) {
        return Double.longBitsToDouble(key < 0 ? key ^ Long.MIN_VALUE : ~key);
    }
}
