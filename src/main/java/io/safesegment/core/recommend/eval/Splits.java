package io.safesegment.core.recommend.eval;

import io.safesegment.core.recommend.data.InteractionMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Builds train/test splits; the same seed gives the same splits. */
public final class Splits {
    private Splits() {
    }

    /** Random k-fold (or a single 80/20 hold-out when {@code folds == 1}). */
    public static List<Split> random(InteractionMatrix m, int folds, long seed) {
        int n = m.nnz();
        int[] fold = new int[n];
        SplittableRandom rnd = new SplittableRandom(seed);
        if (folds == 1) {
            for (int e = 0; e < n; e++) {
                fold[e] = rnd.nextInt(5) == 0 ? 0 : 1;
            }
        } else {
            int[] perm = new int[n];
            for (int e = 0; e < n; e++) {
                perm[e] = e;
            }
            for (int x = n - 1; x > 0; x--) {
                int y = rnd.nextInt(x + 1);
                int t = perm[x];
                perm[x] = perm[y];
                perm[y] = t;
            }
            for (int x = 0; x < n; x++) {
                fold[perm[x]] = x % folds;
            }
        }
        List<Split> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            boolean[] test = new boolean[n];
            boolean[] train = new boolean[n];
            for (int e = 0; e < n; e++) {
                test[e] = fold[e] == f;
                train[e] = !test[e];
            }
            out.add(new Split(m.keep(train), m.keep(test)));
        }
        return out;
    }

    /**
     * Per-user temporal hold-out: each user's latest {@code ceil(share · n)} entries (users with at least two
     * entries) form the test set. Entries without times keep their column order.
     */
    public static Split temporal(InteractionMatrix m, double share) {
        boolean[] test = new boolean[m.nnz()];
        for (int u = 0; u < m.rows(); u++) {
            int s = m.start(u);
            int len = m.rowLength(u);
            if (len < 2) {
                continue;
            }
            int held = Math.min(len - 1, (int) Math.ceil(share * len));
            long[] keys = new long[len];
            for (int x = 0; x < len; x++) {
                long t = m.time(s + x);
                // time in the high bits, position in the low bits: a stable order without boxing
                keys[x] = t == Long.MIN_VALUE ? x : (t << 20) | x;
            }
            Arrays.sort(keys);
            for (int x = len - held; x < len; x++) {
                test[s + (int) (keys[x] & 0xfffff)] = true;
            }
        }
        boolean[] train = new boolean[test.length];
        for (int e = 0; e < test.length; e++) {
            train[e] = !test[e];
        }
        return new Split(m.keep(train), m.keep(test));
    }
}
