package io.safesegment.core.value;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Stratified k-fold assignment: each class is shuffled with the seed and dealt round-robin over the folds. */
final class StratifiedFolds {
    private StratifiedFolds() {
    }

    /** Fold number of each row. */
    static int[] assign(int[] y, int folds, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] fold = new int[y.length];
        int next = 0;
        for (int cls = 0; cls <= 1; cls++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (y[i] == cls) {
                    rows.add(i);
                }
            }
            for (int i = rows.size() - 1; i > 0; i--) { // Fisher–Yates
                int j = rnd.nextInt(i + 1);
                Integer t = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, t);
            }
            for (int row : rows) {
                fold[row] = next;
                next = (next + 1) % folds; // continues across classes, so fold sizes differ by at most one
            }
        }
        return fold;
    }
}
