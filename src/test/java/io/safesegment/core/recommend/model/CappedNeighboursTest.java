package io.safesegment.core.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.RealisticPurchases;
import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * User-kNN's capped neighbour search on data whose popular products have more buyers than the cap: the returned
 * similarities are exact and the neighbours are nearly as similar as the exact top-k (compared by the summed
 * similarity, since light customers tie with thousands of others and any tie-break is as good as another).
 */
class CappedNeighboursTest {

    @Test
    void cappedNeighboursHaveExactSimilaritiesAndMostlyTheExactNeighbours() {
        InteractionMatrix m = RealisticPurchases.sized(8_000, 300, 40_000, 2).generate();
        int maxBuyers = 0;
        for (int c : m.columnCounts()) {
            maxBuyers = Math.max(maxBuyers, c);
        }
        assertTrue(maxBuyers > 1_000, "the test needs products bought by more than the cap: " + maxBuyers);
        Similarities s = new Similarities(m, Similarity.COSINE, 10);
        Similarities.Work capped = s.newWork();
        Similarities.Work exactWork = s.newWork();
        float[] row = new float[m.rows()];
        int k = 20;
        double overlap = 0;
        int users = 0;
        for (int u = 0; u < m.rows(); u += 97) {
            int[] ids = new int[k];
            float[] sims = new float[k];
            int found = s.cappedTopK(u, k, 1_000, capped, ids, sims);
            if (found < 0) {
                continue; // this customer bought no product with more than 1,000 buyers: the exact path applies
            }
            java.util.Arrays.fill(row, 0f);
            s.row(u, exactWork, row);
            for (int x = 0; x < found; x++) {
                assertEquals(row[ids[x]], sims[x], 1e-5, "exact similarity of neighbour " + ids[x] + " of " + u);
            }
            float[] candidates = new float[m.rows()];
            for (int v = 0; v < m.rows(); v++) {
                candidates[v] = row[v] > 0 ? row[v] : Float.NEGATIVE_INFINITY;
            }
            double exactSum = 0;
            for (int v : TopN.select(candidates, k)) {
                exactSum += candidates[v];
            }
            double cappedSum = 0;
            for (int x = 0; x < found; x++) {
                cappedSum += sims[x];
            }
            assertTrue(cappedSum <= exactSum + 1e-4, "the exact top-k is the best possible");
            overlap += exactSum > 0 ? cappedSum / exactSum : 1;
            users++;
        }
        assertTrue(users > 20, "customers with capped items checked: " + users);
        assertTrue(overlap / users > 0.9, "summed similarity of the capped neighbours ÷ that of the exact top-" + k
                + ": " + overlap / users);
    }

    /**
     * Three products, each bought by 3 "twins" who bought all three and by 40 customers who bought only it. With a
     * cap of 6 buyers per product, the 6 lowest-norm buyers of each product are single-product customers
     * (similarity 1/√3 · 1/(1+λ) to a twin) and the former lowest-norm search missed the twins (similarity
     * 1 · 3/(3+λ)); the window around the customer's own norm visits the twins first.
     */
    @Test
    void theVisitedWindowIsCentredOnTheCustomersNorm() {
        InteractionBuilder b = new InteractionBuilder();
        for (int t = 0; t < 4; t++) {
            for (int p = 0; p < 3; p++) {
                b.add("twin" + t, "p" + p, 1, Long.MIN_VALUE);
            }
        }
        for (int p = 0; p < 3; p++) {
            for (int x = 0; x < 40; x++) {
                b.add("single" + p + "-" + x, "p" + p, 1, Long.MIN_VALUE);
            }
        }
        InteractionMatrix m = b.build(InteractionBuilder.Merge.SUM, null, false);
        Similarities s = new Similarities(m, Similarity.COSINE, 1);
        int a = m.users().indexOf("twin0");
        int[] ids = new int[3];
        float[] sims = new float[3];
        int found = s.cappedTopK(a, 3, 6, s.newWork(), ids, sims);
        assertEquals(3, found);
        Set<String> neighbours = IntStream.of(ids).mapToObj(v -> m.users().id(v)).collect(Collectors.toSet());
        assertEquals(Set.of("twin1", "twin2", "twin3"), neighbours);
        for (int x = 0; x < found; x++) {
            assertEquals(3.0 / 4.0, sims[x], 1e-6, "cosine 1 shrunk by 3/(3+1)");
        }
    }
}
