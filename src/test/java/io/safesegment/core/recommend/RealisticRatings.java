package io.safesegment.core.recommend;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import java.util.SplittableRandom;

/**
 * Explicit 1–5 star ratings shaped like public rating data (MovieLens, Netflix) rather than like a clean low-rank
 * matrix: power-law item popularity, log-normal user activity with a long tail of light users, strong user and item
 * biases (popular items rated higher), a low-rank taste part, and users choosing what to rate partly by taste (so
 * <em>which</em> items a user rated carries information, as SVD++ assumes). Parameters and their defaults are
 * documented in {@code docs/recommendations.md}; {@link SyntheticRatings} stays as the clean low-rank case.
 *
 * @param users          users
 * @param items          items
 * @param ratings        target number of ratings (the result is within a few per cent)
 * @param popularityExp  Zipf exponent of item popularity: weight of the item of popularity rank r is r^-a
 * @param activitySigma  σ of the log-normal number of ratings per user (larger: heavier tail of heavy users)
 * @param minPerUser     fewest ratings of a user (1 gives many users with a handful of ratings)
 * @param mean           μ of the latent score before rounding
 * @param userBiasSd     σ of the user bias b_u
 * @param itemBiasSd     σ of the item bias b_i (plus a popularity-linked part)
 * @param rank           rank of the taste part p_u · q_i
 * @param tasteSd        σ of the taste part p_u · q_i
 * @param noiseSd        σ of the Gaussian noise before rounding to whole stars
 * @param selection      how strongly taste drives what a user rates: weight × exp(selection · p_u · q_i / tasteSd)
 * @param seed           seed of everything
 */
public record RealisticRatings(int users, int items, int ratings, double popularityExp, double activitySigma,
        int minPerUser, double mean, double userBiasSd, double itemBiasSd, int rank, double tasteSd, double noiseSd,
        double selection, long seed) {

    /** A MovieLens-100k-sized set (943 × 1682, ~100k ratings) with the documented defaults. */
    public static RealisticRatings movieLensLike(long seed) {
        return sized(943, 1682, 100_000, seed);
    }

    /** The documented defaults at another size. */
    public static RealisticRatings sized(int users, int items, int ratings, long seed) {
        return new RealisticRatings(users, items, ratings, 0.9, 1.0, 2, 3.45, 0.4, 0.35, 8, 0.55, 0.75, 0.7, seed);
    }

    /** The ratings, with increasing timestamps per user (a temporal split also works). */
    public InteractionMatrix generate() {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] logWeight = new double[items];
        // Popularity rank is a random permutation of the item ids so that popular items are not the low ids.
        int[] rankOf = permutation(items, rnd);
        double[] bi = new double[items];
        for (int i = 0; i < items; i++) {
            logWeight[i] = -popularityExp * Math.log(rankOf[i] + 1);
            // Popular items are rated higher on average (MovieLens: r ≈ 0.4 between log popularity and mean).
            double popZ = (Math.log(items) / 2 - Math.log(rankOf[i] + 1)) / Math.max(1, Math.log(items) / 2);
            bi[i] = 0.6 * itemBiasSd * popZ + itemBiasSd * gauss(rnd);
        }
        double factorSd = Math.sqrt(tasteSd / Math.sqrt(rank));
        double[][] p = new double[users][rank];
        double[][] q = new double[items][rank];
        for (double[] row : p) {
            fill(row, factorSd, rnd);
        }
        for (double[] row : q) {
            fill(row, factorSd, rnd);
        }
        double[] bu = new double[users];
        int[] count = new int[users];
        double[] raw = new double[users];
        double rawSum = 0;
        for (int u = 0; u < users; u++) {
            bu[u] = userBiasSd * gauss(rnd);
            raw[u] = Math.exp(activitySigma * gauss(rnd));
            rawSum += raw[u];
        }
        int spare = Math.max(0, ratings - minPerUser * users);
        for (int u = 0; u < users; u++) {
            count[u] = Math.min(items / 2, minPerUser + (int) Math.round(spare * raw[u] / rawSum));
        }
        InteractionBuilder b = new InteractionBuilder();
        for (int u = 0; u < users; u++) {
            b.users().add("u" + u);
        }
        for (int i = 0; i < items; i++) {
            b.items().add("i" + i);
        }
        float[] key = new float[items];
        long t = 1_600_000_000L;
        for (int u = 0; u < users; u++) {
            // Gumbel top-k: log w + Gumbel noise, the count largest = weighted sampling without replacement.
            for (int i = 0; i < items; i++) {
                double taste = dot(p[u], q[i]);
                key[i] = (float) (logWeight[i] + selection * taste / tasteSd - Math.log(-Math.log(1 - rnd.nextDouble())));
            }
            for (int i : io.safesegment.core.recommend.model.TopN.select(key, count[u])) {
                double r = mean + bu[u] + bi[i] + dot(p[u], q[i]) + noiseSd * gauss(rnd);
                b.add(u, i, (float) Math.max(1, Math.min(5, Math.round(r))), t++);
            }
        }
        return b.build(InteractionBuilder.Merge.LATEST, null, true);
    }

    static int[] permutation(int n, SplittableRandom rnd) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int x = n - 1; x > 0; x--) {
            int y = rnd.nextInt(x + 1);
            int tmp = a[x];
            a[x] = a[y];
            a[y] = tmp;
        }
        return a;
    }

    static void fill(double[] row, double sd, SplittableRandom rnd) {
        for (int f = 0; f < row.length; f++) {
            row[f] = sd * gauss(rnd);
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int f = 0; f < a.length; f++) {
            s += a[f] * b[f];
        }
        return s;
    }

    static double gauss(SplittableRandom rnd) {
        double u1 = 1.0 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
