package io.safesegment.core.recommend;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;

/** Small hand-checkable matrices shared by the tests. */
final class TinyMatrices {
    private TinyMatrices() {
    }

    /**
     * Ratings (users × items, '-' = missing):
     * <pre>
     *       i0 i1 i2
     *   u0   5  3  -
     *   u1   4  -  4
     *   u2   1  2  5
     *   u3   -  4  2
     * </pre>
     */
    static InteractionMatrix ratings() {
        InteractionBuilder b = new InteractionBuilder();
        b.add("u0", "i0", 5, Long.MIN_VALUE);
        b.add("u0", "i1", 3, Long.MIN_VALUE);
        b.add("u1", "i0", 4, Long.MIN_VALUE);
        b.add("u1", "i2", 4, Long.MIN_VALUE);
        b.add("u2", "i0", 1, Long.MIN_VALUE);
        b.add("u2", "i1", 2, Long.MIN_VALUE);
        b.add("u2", "i2", 5, Long.MIN_VALUE);
        b.add("u3", "i1", 4, Long.MIN_VALUE);
        b.add("u3", "i2", 2, Long.MIN_VALUE);
        return b.build(InteractionBuilder.Merge.LATEST, null, true);
    }
}
