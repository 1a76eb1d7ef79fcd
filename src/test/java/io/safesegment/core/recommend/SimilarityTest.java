package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.model.Similarities;
import io.safesegment.core.recommend.model.Similarity;
import org.junit.jupiter.api.Test;

/** Item–item similarities on {@link TinyMatrices#ratings()}, worked out by hand. */
class SimilarityTest {
    private static final double EPS = 1e-5;
    private final InteractionMatrix items = TinyMatrices.ratings().transpose();

    @Test
    void cosineUsesFullNorms() {
        // i0 = (u0:5, u1:4, u2:1), i1 = (u0:3, u2:2, u3:4); common users u0, u2: dot = 5·3 + 1·2 = 17
        // |i0| = √42, |i1| = √29 → 17 / √1218 = 0.487108
        assertEquals(17 / Math.sqrt(1218), new Similarities(items, Similarity.COSINE, 0).between(0, 1), EPS);
        assertEquals(0.487108, new Similarities(items, Similarity.COSINE, 0).between(1, 0), EPS);
    }

    @Test
    void pearsonCentresOnItemMeansOverCoRatedUsers() {
        // μ0 = 10/3, μ1 = 3. Co-rated u0, u2: i0 → (5/3, −7/3), i1 → (0, −1)
        // dot = 7/3; Σ i0² = 74/9; Σ i1² = 1 → (7/3) / (√74 / 3) = 7/√74 = 0.813733
        assertEquals(7 / Math.sqrt(74), new Similarities(items, Similarity.PEARSON, 0).between(0, 1), EPS);
        // i1 vs i2 (μ2 = 11/3), co-rated u2, u3: i1 → (−1, 1), i2 → (4/3, −5/3)
        // dot = −3; Σ i1² = 2; Σ i2² = 41/9 → −3 / (√82 / 3) = −9/√82 = −0.993884
        assertEquals(-9 / Math.sqrt(82), new Similarities(items, Similarity.PEARSON, 0).between(1, 2), EPS);
    }

    @Test
    void adjustedCosineCentresOnUserMeans() {
        // user means: u0 = 4, u2 = 8/3. Co-rated u0, u2: i0 → (1, −5/3), i1 → (−1, −2/3)
        // dot = −1 + 10/9 = 1/9; Σ i0² = 34/9; Σ i1² = 13/9 → (1/9) / (√442 / 9) = 1/√442 = 0.047565
        assertEquals(1 / Math.sqrt(442), new Similarities(items, Similarity.ADJUSTED_COSINE, 0).between(0, 1), EPS);
    }

    @Test
    void shrinkageDampsFewCommonRaters() {
        // n = 2 common users, λ = 2 → 0.487108 · 2 / 4 = 0.243554
        assertEquals(0.487108 * 0.5, new Similarities(items, Similarity.COSINE, 2).between(0, 1), EPS);
    }

    @Test
    void userSimilaritiesUseItemsAsRaters() {
        InteractionMatrix users = TinyMatrices.ratings();
        // u3 = (i1:4, i2:2), u2 = (i0:1, i1:2, i2:5): dot = 8 + 10 = 18, norms √20 · √30 → 18/√600 = 0.734847
        assertEquals(18 / Math.sqrt(600), new Similarities(users, Similarity.COSINE, 0).between(3, 2), EPS);
    }
}
