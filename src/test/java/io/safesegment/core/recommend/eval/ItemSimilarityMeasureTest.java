package io.safesegment.core.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import org.junit.jupiter.api.Test;

/** The co-occurrence cosine behind intra-list diversity, by hand; remembered pairs answer the same in both orders. */
class ItemSimilarityMeasureTest {

    @Test
    void coOccurrenceIsTheCosineOfTheBinaryBuyerColumnsInEitherOrderAndOnRepeat() {
        // buyers: i0 {u0, u1, u3}, i1 {u0, u2, u3}, i2 {u2}; the count 4 of u3's i1 does not matter (binary)
        InteractionBuilder b = new InteractionBuilder();
        b.add("u0", "i0", 1, Long.MIN_VALUE);
        b.add("u0", "i1", 1, Long.MIN_VALUE);
        b.add("u1", "i0", 1, Long.MIN_VALUE);
        b.add("u2", "i1", 1, Long.MIN_VALUE);
        b.add("u2", "i2", 1, Long.MIN_VALUE);
        b.add("u3", "i0", 1, Long.MIN_VALUE);
        b.add("u3", "i1", 4, Long.MIN_VALUE);
        InteractionMatrix m = b.build(InteractionBuilder.Merge.SUM, null, false);
        ItemSimilarityMeasure sim = ItemSimilarityMeasure.coOccurrence(m);
        int i0 = m.items().indexOf("i0");
        int i1 = m.items().indexOf("i1");
        int i2 = m.items().indexOf("i2");
        for (int round = 0; round < 2; round++) {
            assertEquals(2.0 / 3.0, sim.similarity(i0, i1), 1e-12, "2 common of 3 and 3 buyers");
            assertEquals(2.0 / 3.0, sim.similarity(i1, i0), 1e-12);
            assertEquals(0.0, sim.similarity(i0, i2), 1e-12, "no common buyer");
            assertEquals(1 / Math.sqrt(3), sim.similarity(i2, i1), 1e-12, "1 common of 1 and 3 buyers");
        }
    }
}
