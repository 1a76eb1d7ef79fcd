package io.safesegment.core.recommend;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import java.util.SplittableRandom;

/**
 * Implicit purchase counts shaped like retail transaction data: power-law product popularity, log-normal basket
 * activity with most customers buying only a few distinct products, taste clusters (low-rank affinity that steers
 * what a customer buys), repeat purchases of favourites and increasing timestamps (a temporal split works).
 * Parameters are documented in {@code docs/recommendations.md}.
 *
 * @param customers      customers
 * @param products       products
 * @param purchases      target number of distinct customer–product pairs
 * @param popularityExp  Zipf exponent of product popularity
 * @param activitySigma  σ of the log-normal number of distinct products per customer
 * @param minPerCustomer fewest distinct products of a customer
 * @param rank           rank of the taste affinity
 * @param selection      strength of taste in the choice: weight × exp(selection · affinity)
 * @param repeatRate     mean extra purchases of a chosen product (geometric), scaled by affinity
 * @param seed           seed of everything
 */
public record RealisticPurchases(int customers, int products, int purchases, double popularityExp,
        double activitySigma, int minPerCustomer, int rank, double selection, double repeatRate, long seed) {

    /** The documented defaults at a size. */
    public static RealisticPurchases sized(int customers, int products, int purchases, long seed) {
        return new RealisticPurchases(customers, products, purchases, 1.0, 1.1, 1, 6, 1.5, 0.6, seed);
    }

    /** The purchase counts (value = purchases of the product, time = the latest purchase). */
    public InteractionMatrix generate() {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] rankOf = RealisticRatings.permutation(products, rnd);
        double[] logWeight = new double[products];
        for (int i = 0; i < products; i++) {
            logWeight[i] = -popularityExp * Math.log(rankOf[i] + 1);
        }
        double factorSd = Math.sqrt(1 / Math.sqrt(rank));
        double[][] q = new double[products][rank];
        for (double[] row : q) {
            RealisticRatings.fill(row, factorSd, rnd);
        }
        double[] raw = new double[customers];
        double rawSum = 0;
        for (int u = 0; u < customers; u++) {
            raw[u] = Math.exp(activitySigma * RealisticRatings.gauss(rnd));
            rawSum += raw[u];
        }
        int spare = Math.max(0, purchases - minPerCustomer * customers);
        InteractionBuilder b = new InteractionBuilder();
        for (int u = 0; u < customers; u++) {
            b.users().add("c" + u);
        }
        for (int i = 0; i < products; i++) {
            b.items().add("p" + i);
        }
        double[] p = new double[rank];
        double[] key = new double[products];
        double[] affinity = new double[products];
        long t = 1_600_000_000L;
        for (int u = 0; u < customers; u++) {
            RealisticRatings.fill(p, factorSd, rnd);
            int count = Math.min(products, minPerCustomer + (int) Math.round(spare * raw[u] / rawSum));
            // Gumbel top-k: log-weight + Gumbel noise, the count largest = weighted sampling without replacement.
            for (int i = 0; i < products; i++) {
                affinity[i] = RealisticRatings.dot(p, q[i]);
                key[i] = logWeight[i] + selection * affinity[i] - Math.log(-Math.log(1 - rnd.nextDouble()));
            }
            for (int i : topIndices(key, count)) {
                int repeats = 0;
                double more = repeatRate * Math.exp(0.5 * affinity[i]) / (1 + repeatRate * Math.exp(0.5 * affinity[i]));
                while (repeats < 20 && rnd.nextDouble() < more) {
                    repeats++;
                }
                t += 1 + rnd.nextInt(3600);
                b.add(u, i, 1 + repeats, t);
            }
        }
        return b.build(InteractionBuilder.Merge.LATEST, null, false);
    }

    private static int[] topIndices(double[] key, int k) {
        return io.safesegment.core.recommend.model.TopN.select(toFloat(key), k);
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }
}
