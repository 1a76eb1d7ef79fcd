package io.safesegment.core.recommend;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import java.util.SplittableRandom;

/**
 * Explicit ratings from a known low-rank model: r = 3 + b_u + b_i + p_u·q_i + N(0, σ²), with each user rating a
 * random subset of items. Used by tests and by RecommendBench (MovieLens-like 943 × 1682, 100k ratings).
 */
public final class SyntheticRatings {
    private SyntheticRatings() {
    }

    /**
     * @param users       users
     * @param items       items
     * @param ratings     approximate number of ratings (each user rates distinct items)
     * @param rank        rank of the true model
     * @param noise       σ of the Gaussian noise
     * @param seed        random seed
     */
    public static InteractionMatrix generate(int users, int items, int ratings, int rank, double noise, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] p = new double[users][rank];
        double[][] q = new double[items][rank];
        double[] bu = new double[users];
        double[] bi = new double[items];
        double scale = 0.9 / Math.sqrt(Math.sqrt(rank));
        for (int u = 0; u < users; u++) {
            bu[u] = 0.3 * gauss(rnd);
            for (int f = 0; f < rank; f++) {
                p[u][f] = scale * gauss(rnd);
            }
        }
        for (int i = 0; i < items; i++) {
            bi[i] = 0.3 * gauss(rnd);
            for (int f = 0; f < rank; f++) {
                q[i][f] = scale * gauss(rnd);
            }
        }
        InteractionBuilder b = new InteractionBuilder();
        for (int u = 0; u < users; u++) {
            b.users().add("u" + u);
        }
        for (int i = 0; i < items; i++) {
            b.items().add("i" + i);
        }
        long t = 1_600_000_000L;
        int perUser = Math.max(1, ratings / users);
        int min = Math.min(20, Math.max(1, perUser / 2));
        boolean[] taken = new boolean[items];
        int[] chosen = new int[items];
        for (int u = 0; u < users; u++) {
            // Between min and 2·perUser − min ratings per user (MovieLens: at least 20), distinct items.
            int count = Math.min(items, min + rnd.nextInt(Math.max(1, 2 * (perUser - min) + 1)));
            int n = 0;
            while (n < count) {
                // Skewed item popularity as in real catalogues: squares of uniforms favour low indices.
                double x = rnd.nextDouble();
                int i = Math.min(items - 1, (int) (x * x * items));
                if (taken[i]) {
                    continue;
                }
                taken[i] = true;
                chosen[n++] = i;
                double r = 3 + bu[u] + bi[i] + noise * gauss(rnd);
                for (int f = 0; f < rank; f++) {
                    r += p[u][f] * q[i][f];
                }
                b.add(u, i, (float) r, t++);
            }
            for (int c = 0; c < n; c++) {
                taken[chosen[c]] = false;
            }
        }
        return b.build(InteractionBuilder.Merge.LATEST, null, true);
    }

    private static double gauss(SplittableRandom rnd) {
        double u1 = 1.0 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
