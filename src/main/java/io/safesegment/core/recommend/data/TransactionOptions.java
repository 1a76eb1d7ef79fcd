package io.safesegment.core.recommend.data;

/**
 * How to turn a transactions file into implicit feedback.
 *
 * @param weighting    count, spend or recency-weighted count
 * @param halfLifeDays half-life of the recency decay in days (used by {@link Weighting#RECENCY}), &gt; 0
 * @param maxUsers     stop after this many distinct customers (0 = all); the file is grouped by customer, so this
 *                     reads the first N customers, which keeps benchmarks on huge files short
 */
public record TransactionOptions(Weighting weighting, double halfLifeDays, int maxUsers) {
    public TransactionOptions {
        if (weighting == null) {
            throw new IllegalArgumentException("weighting is required");
        }
        if (!(halfLifeDays > 0)) {
            throw new IllegalArgumentException("halfLifeDays must be > 0, was " + halfLifeDays);
        }
        if (maxUsers < 0) {
            throw new IllegalArgumentException("maxUsers must be >= 0, was " + maxUsers);
        }
    }

    /** Purchase counts, 180-day half-life (unused), all customers. */
    public static TransactionOptions defaults() {
        return new TransactionOptions(Weighting.COUNT, 180, 0);
    }

    public TransactionOptions withWeighting(Weighting value) {
        return new TransactionOptions(value, halfLifeDays, maxUsers);
    }

    public TransactionOptions withMaxUsers(int value) {
        return new TransactionOptions(weighting, halfLifeDays, value);
    }
}
