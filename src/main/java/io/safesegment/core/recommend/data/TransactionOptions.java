package io.safesegment.core.recommend.data;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

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
            throw new LocalizedArgumentException(Message.of("data.transactionOptions.weightingIsRequired"));
        }
        if (!(halfLifeDays > 0)) {
            throw new LocalizedArgumentException(Message.of("data.transactionOptions.halflifedaysMustBe0", String.valueOf(halfLifeDays)));
        }
        if (maxUsers < 0) {
            throw new LocalizedArgumentException(Message.of("data.transactionOptions.maxusersMustBe0", maxUsers));
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
