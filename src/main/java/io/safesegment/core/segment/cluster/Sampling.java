package io.safesegment.core.segment.cluster;

import java.util.SplittableRandom;

/** Seeded sampling of row indexes without replacement. */
public final class Sampling {

    private Sampling() {
    }

    /**
     * {@code size} distinct row indexes out of {@code n}, in increasing order (all rows when {@code size >= n}).
     * Uses a partial Fisher–Yates shuffle, so the same seed always gives the same rows.
     */
    public static int[] sample(int n, int size, long seed) {
        if (size >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(perm, size);
        java.util.Arrays.sort(out);
        return out;
    }
}
