package io.safesegment.core.segment;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.metrics.AdjustedRandIndex;

/**
 * Side-by-side comparison of two runs on the same customers: agreement (ARI) and how segments of one run map onto
 * the other.
 *
 * @param ari         adjusted Rand index of the two labelings (noise counts as its own group)
 * @param sizesA      segment sizes of run A
 * @param sizesB      segment sizes of run B
 * @param contingency rows of run A's segments (last row: noise) × columns of run B's (last column: noise)
 */
public record RunComparison(double ari, int[] sizesA, int[] sizesB, long[][] contingency) {

    /** Compares two runs; they must cover the same customers in the same order. */
    public static RunComparison compare(ClusteringRun a, ClusteringRun b) {
        if (!a.rowFingerprint().equals(b.rowFingerprint()) || a.labels().length != b.labels().length) {
            throw new LocalizedArgumentException(Message.of("segment.error.compareRuns", String.valueOf(a.id()), String.valueOf(b.id())));
        }
        long[][] table = new long[a.k() + 1][b.k() + 1];
        for (int i = 0; i < a.labels().length; i++) {
            int la = a.labels()[i] < 0 ? a.k() : a.labels()[i];
            int lb = b.labels()[i] < 0 ? b.k() : b.labels()[i];
            table[la][lb]++;
        }
        return new RunComparison(AdjustedRandIndex.of(a.labels(), b.labels()), a.sizes(), b.sizes(), table);
    }
}
