package io.safesegment.core.recommend.eval;

import io.safesegment.core.recommend.data.InteractionMatrix;

/** Pairwise item similarity for intra-list diversity. */
@FunctionalInterface
public interface ItemSimilarityMeasure {
    double similarity(int a, int b);

    /** 1 when both items are in the same category, else 0. */
    static ItemSimilarityMeasure sameCategory(String[] categoryOfItem) {
        return (a, b) -> categoryOfItem[a].equals(categoryOfItem[b]) ? 1 : 0;
    }

    /**
     * Cosine of the items' binary user columns (co-occurrence), for data without a catalogue. Each pair is merged
     * once and remembered: the same few hundred items fill most top-10 lists, and merging their buyer columns again
     * for every evaluated customer made the diversity figure cost most of an evaluation (110 s of popularity's
     * 10,000 customers on 50,000 × 2,000).
     */
    static ItemSimilarityMeasure coOccurrence(InteractionMatrix train) {
        InteractionMatrix items = train.transpose();
        java.util.Map<Long, Double> memo = new java.util.concurrent.ConcurrentHashMap<>();
        return (a, b) -> memo.computeIfAbsent(a < b ? (long) a << 32 | b : (long) b << 32 | a, key -> {
            int x = items.start(a);
            int y = items.start(b);
            int common = 0;
            while (x < items.end(a) && y < items.end(b)) {
                int ua = items.col(x);
                int ub = items.col(y);
                if (ua == ub) {
                    common++;
                    x++;
                    y++;
                } else if (ua < ub) {
                    x++;
                } else {
                    y++;
                }
            }
            double denom = Math.sqrt((double) items.rowLength(a) * items.rowLength(b));
            return denom > 0 ? common / denom : 0.0;
        });
    }
}
