package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.model.ItemKnnRecommender;
import io.safesegment.core.recommend.model.KnnParams;
import io.safesegment.core.recommend.model.Similarity;
import io.safesegment.core.recommend.model.UserKnnRecommender;
import io.safesegment.core.task.Progress;
import org.junit.jupiter.api.Test;

/** kNN rating predictions and ranking scores on {@link TinyMatrices#ratings()}, worked out by hand. */
class KnnPredictionTest {
    private static final double EPS = 1e-5;
    private final InteractionMatrix m = TinyMatrices.ratings();

    @Test
    void itemKnnPearsonPredictionUsesOnlyPositiveNeighbours() {
        ItemKnnRecommender knn = new ItemKnnRecommender(new KnnParams(Similarity.PEARSON, 5, 0));
        knn.fit(m, Progress.NONE);
        // Neighbours of i1: i0 (0.813733); i2 is negative (−0.993884) and dropped.
        assertArrayEquals(new int[] {0}, java.util.Arrays.copyOfRange(knn.neighbours().index(),
                knn.neighbours().ptr()[1], knn.neighbours().ptr()[2]));
        // r̂(u1, i1) = μ1 + s·(r(u1,i0) − μ0)/|s| = 3 + (4 − 10/3) = 11/3
        assertEquals(11.0 / 3, knn.predict(1, 1), EPS);
    }

    @Test
    void itemKnnCosineRankingScoreSumsSimilarityTimesValue() {
        ItemKnnRecommender knn = new ItemKnnRecommender(new KnnParams(Similarity.COSINE, 5, 0));
        knn.fit(m, Progress.NONE);
        float[] scores = new float[3];
        knn.score(3, scores);
        // u3 has i1 (4) and i2 (2). score(i0) = 4·cos(i1,i0) + 2·cos(i2,i0)
        // cos(i1,i0) = 17/√1218; cos(i2,i0): i2 = (u1:4, u2:5, u3:2), common u1, u2: 16 + 5 = 21, |i2| = √45
        // → 21/√(42·45) = 21/√1890 = 0.483046; score = 4·0.487108 + 2·0.483046 = 2.914524
        assertEquals(4 * 17 / Math.sqrt(1218) + 2 * 21 / Math.sqrt(1890), scores[0], 1e-4);
    }

    @Test
    void userKnnCosinePredictionAveragesCentredNeighbourRatings() {
        UserKnnRecommender knn = new UserKnnRecommender(new KnnParams(Similarity.COSINE, 2, 0));
        knn.fit(m, Progress.NONE);
        // Raters of i0: u0 (cos 12/√680 = 0.460179), u1 (8/√640 = 0.316228), u2 (18/√600 = 0.734847); k = 2 → u2, u0
        // r̂(u3,i0) = μ3 + [0.734847·(1 − 8/3) + 0.460179·(5 − 4)] / (0.734847 + 0.460179)
        //          = 3 + (−1.224745 + 0.460179) / 1.195026 = 3 − 0.639790 = 2.360210
        double s2 = 18 / Math.sqrt(600);
        double s0 = 12 / Math.sqrt(680);
        double expected = 3 + (s2 * (1 - 8.0 / 3) + s0 * (5 - 4)) / (s2 + s0);
        assertEquals(expected, knn.predict(3, 0), EPS);
        assertEquals(2.360210, knn.predict(3, 0), EPS);
        assertEquals(s0, knn.similarity(3, 0), EPS);
    }

    /**
     * A user's similarity row is kept for the thread's next prediction; another user, or a refit on other data,
     * must not see it.
     */
    @Test
    void userKnnPredictionsDoNotLeakTheCachedRowAcrossUsersOrRefits() {
        UserKnnRecommender knn = new UserKnnRecommender(new KnnParams(Similarity.COSINE, 2, 0));
        knn.fit(m, Progress.NONE);
        double u3i0 = knn.predict(3, 0);
        double u1i1 = knn.predict(1, 1);
        assertEquals(u3i0, knn.predict(3, 0), 0);
        assertEquals(u1i1, knn.predict(1, 1), 0);
        assertEquals(u3i0, knn.predict(3, 0), 0); // u3's row is now the cached one
        // the same users after a refit on a matrix where u3 rated i0's raters differently
        io.safesegment.core.recommend.data.InteractionBuilder b = new io.safesegment.core.recommend.data
                .InteractionBuilder();
        b.add("u0", "i0", 1, Long.MIN_VALUE);
        b.add("u0", "i1", 5, Long.MIN_VALUE);
        b.add("u1", "i0", 5, Long.MIN_VALUE);
        b.add("u1", "i2", 1, Long.MIN_VALUE);
        b.add("u2", "i0", 3, Long.MIN_VALUE);
        b.add("u2", "i1", 3, Long.MIN_VALUE);
        b.add("u2", "i2", 3, Long.MIN_VALUE);
        b.add("u3", "i1", 4, Long.MIN_VALUE);
        b.add("u3", "i2", 2, Long.MIN_VALUE);
        InteractionMatrix other = b.build(io.safesegment.core.recommend.data.InteractionBuilder.Merge.LATEST, null,
                true);
        knn.fit(other, Progress.NONE);
        UserKnnRecommender fresh = new UserKnnRecommender(new KnnParams(Similarity.COSINE, 2, 0));
        fresh.fit(other, Progress.NONE);
        assertEquals(fresh.predict(3, 0), knn.predict(3, 0), 0);
        assertEquals(fresh.predict(1, 1), knn.predict(1, 1), 0);
        org.junit.jupiter.api.Assertions.assertNotEquals(u3i0, knn.predict(3, 0), "the refit changed the prediction");
    }
}
