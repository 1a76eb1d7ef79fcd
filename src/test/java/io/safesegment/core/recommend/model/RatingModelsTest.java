package io.safesegment.core.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.RealisticRatings;
import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The three rating models of issue 18 against hand-computed small cases and brute-force references written from
 * the documented update rules (Surprise's BaselineOnly ALS, KNNBaseline with pearson_baseline, SVD++).
 */
class RatingModelsTest {

    /** u0 rates i0 = 4 and i1 = 2, u1 rates i0 = 5 (μ = 11/3). */
    private static InteractionMatrix tiny() {
        InteractionBuilder b = new InteractionBuilder();
        b.add("u0", "i0", 4, 1);
        b.add("u0", "i1", 2, 2);
        b.add("u1", "i0", 5, 3);
        return b.build(InteractionBuilder.Merge.LATEST, null, true);
    }

    @Test
    void baselineOnlyMatchesOneAlsSweepByHand() {
        BaselineOnly m = new BaselineOnly(new BaselineParams(1, 1, 1));
        m.fit(tiny(), Progress.NONE);
        // b_i0 = ((4 − μ) + (5 − μ)) / (1 + 2) = 5/9; b_i1 = (2 − μ) / (1 + 1) = −5/6
        assertEquals(5.0 / 9, m.itemBias(0), 1e-9);
        assertEquals(-5.0 / 6, m.itemBias(1), 1e-9);
        // b_u0 = ((4 − μ − 5/9) + (2 − μ + 5/6)) / (1 + 2) = −19/54; b_u1 = (5 − μ − 5/9) / (1 + 1) = 7/18
        assertEquals(-19.0 / 54, m.userBias(0), 1e-9);
        assertEquals(7.0 / 18, m.userBias(1), 1e-9);
        assertEquals(11.0 / 3 + 7.0 / 18 - 5.0 / 6, m.predict(1, 1), 1e-9);
        assertEquals(11.0 / 3, m.predict(-1, -1), 1e-9, "unknown user and item: the global mean");
    }

    @Test
    void baselineOnlyWithoutRegularisationConvergesToTheLeastSquaresFit() {
        // With λ = 0 the two-user, two-item case has an exact fit of its three ratings.
        BaselineOnly m = new BaselineOnly(new BaselineParams(200, 0, 0));
        m.fit(tiny(), Progress.NONE);
        assertEquals(4, m.predict(0, 0), 1e-6);
        assertEquals(2, m.predict(0, 1), 1e-6);
        assertEquals(5, m.predict(1, 0), 1e-6);
    }

    @Test
    void knnBaselineMatchesABruteForceReference() {
        InteractionMatrix data = RealisticRatings.sized(60, 40, 900, 3).generate();
        KnnBaselineParams params = new KnnBaselineParams(5, 1, 10, new BaselineParams(3, 5, 3));
        KnnBaseline m = new KnnBaseline(params);
        m.fit(data, Progress.NONE);
        Baselines b = Baselines.fit(data, params.baseline());
        int items = data.items().size();
        double[][] sim = new double[items][items];
        for (int i = 0; i < items; i++) {
            for (int j = 0; j < items; j++) {
                double dot = 0;
                double si = 0;
                double sj = 0;
                int n = 0;
                for (int u = 0; u < data.rows(); u++) {
                    if (i != j && data.contains(u, i) && data.contains(u, j)) {
                        double zi = data.get(u, i) - b.baseline(u, i);
                        double zj = data.get(u, j) - b.baseline(u, j);
                        dot += zi * zj;
                        si += zi * zi;
                        sj += zj * zj;
                        n++;
                    }
                }
                double s = si * sj > 0 ? dot / Math.sqrt(si * sj) : 0;
                sim[i][j] = n == 0 ? 0 : s * (n - 1) / (n - 1 + params.shrinkage());
            }
        }
        int checked = 0;
        for (int u = 0; u < data.rows(); u++) {
            for (int i = 0; i < items; i++) {
                List<Integer> rated = new ArrayList<>();
                for (int e = data.start(u); e < data.end(u); e++) {
                    if (sim[i][data.col(e)] > 0) {
                        rated.add(data.col(e));
                    }
                }
                final int target = i;
                rated.sort((x, y) -> Double.compare(sim[target][y], sim[target][x]));
                double num = 0;
                double den = 0;
                for (int j : rated.subList(0, Math.min(params.neighbours(), rated.size()))) {
                    num += sim[i][j] * (data.get(u, j) - b.baseline(u, j));
                    den += sim[i][j];
                }
                double expected = b.clip(b.baseline(u, i) + (den > 0 ? num / den : 0));
                assertEquals(expected, m.predict(u, i), 1e-4, "user " + u + " item " + i);
                checked++;
            }
        }
        assertEquals(60 * items, checked);
    }

    @Test
    void svdPlusPlusFollowsTheDocumentedUpdatesForOneEpoch() {
        // One user with two ratings (i0 = 4, i1 = 2), one factor: replay the documented rule by hand from the same
        // seeded initial values (p, then q, then y, each N(0, σ²) from the seed; one user needs no shuffle draw).
        InteractionBuilder builder = new InteractionBuilder();
        builder.add("u0", "i0", 4, 1);
        builder.add("u0", "i1", 2, 2);
        InteractionMatrix data = builder.build(InteractionBuilder.Merge.LATEST, null, true);
        SvdppParams params = new SvdppParams(1, 1, 0.1, 0.05, 0.1, 9);
        SvdPlusPlus m = new SvdPlusPlus(params);
        m.fit(data, Progress.NONE);

        SplittableRandom rnd = new SplittableRandom(9);
        double p = (float) (Gaussian.next(rnd) * 0.1);
        double q0 = (float) (Gaussian.next(rnd) * 0.1);
        double q1 = (float) (Gaussian.next(rnd) * 0.1);
        double y0 = (float) (Gaussian.next(rnd) * 0.1);
        double y1 = (float) (Gaussian.next(rnd) * 0.1);
        double mu = 3;
        double bu = 0;
        double bi0 = 0;
        double bi1 = 0;
        double lr = 0.1;
        double reg = 0.05;
        double norm = 1 / Math.sqrt(2);
        double implicit = (y0 + y1) * norm;
        double grad = 0;
        // rating (u0, i0) = 4
        double err = 4 - (mu + bu + bi0 + q0 * (p + implicit));
        bu += lr * (err - reg * bu);
        bi0 += lr * (err - reg * bi0);
        double pOld = p;
        p += lr * (err * q0 - reg * p);
        grad += err * q0 * norm;
        q0 += lr * (err * (pOld + implicit) - reg * q0);
        // rating (u0, i1) = 2
        err = 2 - (mu + bu + bi1 + q1 * (p + implicit));
        bu += lr * (err - reg * bu);
        bi1 += lr * (err - reg * bi1);
        pOld = p;
        p += lr * (err * q1 - reg * p);
        grad += err * q1 * norm;
        q1 += lr * (err * (pOld + implicit) - reg * q1);
        // the implicit factors once per user
        y0 += lr * (grad - reg * y0);
        y1 += lr * (grad - reg * y1);
        implicit = (y0 + y1) * norm;
        assertEquals(mu + bu + bi0 + q0 * (p + implicit), m.predict(0, 0), 1e-5);
        assertEquals(mu + bu + bi1 + q1 * (p + implicit), m.predict(0, 1), 1e-5);
    }

    @Test
    void ratingModelsClipToTheRatingRangeAndStopEarlyWhenAsked() {
        InteractionMatrix data = RealisticRatings.sized(80, 50, 1500, 4).generate();
        SvdPlusPlus s = new SvdPlusPlus(SvdppParams.defaults(1));
        int[] epochs = {0};
        s.fit(data, Progress.NONE, epoch -> ++epochs[0] < 3);
        assertEquals(3, epochs[0], "training stops when the listener says so");
        MatrixFactorization mf = new MatrixFactorization(MfParams.defaults(1));
        mf.fit(data, Progress.NONE);
        for (int u = 0; u < data.rows(); u++) {
            for (int i = 0; i < data.items().size(); i++) {
                assertTrue(mf.predict(u, i) >= 1 && mf.predict(u, i) <= 5);
                assertTrue(s.predict(u, i) >= 1 && s.predict(u, i) <= 5);
            }
        }
    }
}
