package io.safesegment.core.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.recommend.RealisticPurchases;
import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import org.junit.jupiter.api.Test;

/**
 * Implicit ALS (Hu, Koren &amp; Volinsky 2008) against the closed-form normal equations: one half-step by hand on a
 * 3 × 3 case, and a whole fit whose last half-step must solve the item equations exactly when CG runs as many steps
 * as there are factors (decision 0039: the weakness on purchase data was the scale of λ, not the algebra, and these
 * tests are what rules the algebra out), and the data-relative ridge λ·√(Σ c) that replaced the absolute λ.
 */
class ImplicitAlsTest {

    /** u0 bought i0 twice and i1 once; u1 bought i1 once and i2 three times; u2 bought i0 once. */
    private static InteractionMatrix threeByThree() {
        InteractionBuilder b = new InteractionBuilder();
        b.add("u0", "i0", 2, 1);
        b.add("u0", "i1", 1, 2);
        b.add("u1", "i1", 1, 3);
        b.add("u1", "i2", 3, 4);
        b.add("u2", "i0", 1, 5);
        return b.build(InteractionBuilder.Merge.LATEST, null, false);
    }

    @Test
    void oneUserHalfStepMatchesTheNormalEquationsSolvedByHand() {
        // Y = [(1, 0), (0, 1), (1, 1)], so YᵀY = [[2, 1], [1, 2]]; ridge 1, α = 1, c = 1 + count.
        float[] y = {1, 0, 0, 1, 1, 1};
        float[] x = new float[6];
        AlsParams p = new AlsParams(2, 1, 1.0, 1.0, 2, 7);
        ImplicitAls.halfStep(threeByThree(), x, y, p, 1.0, Progress.NONE);
        // u0: A = YᵀY + I + 2·y0y0ᵀ + 1·y1y1ᵀ = [[5, 1], [1, 4]], b = 3·y0 + 2·y1 = (3, 2) → x = (10, 7) / 19
        assertEquals(10.0 / 19, x[0], 1e-6);
        assertEquals(7.0 / 19, x[1], 1e-6);
        // u1: A = YᵀY + I + 1·y1y1ᵀ + 3·y2y2ᵀ = [[6, 4], [4, 7]], b = 2·y1 + 4·y2 = (4, 6) → x = (4, 20) / 26
        assertEquals(4.0 / 26, x[2], 1e-6);
        assertEquals(20.0 / 26, x[3], 1e-6);
        // u2: A = YᵀY + I + 1·y0y0ᵀ = [[4, 1], [1, 3]], b = 2·y0 = (2, 0) → x = (6, −2) / 11
        assertEquals(6.0 / 11, x[4], 1e-6);
        assertEquals(-2.0 / 11, x[5], 1e-6);
    }

    @Test
    void theRidgeIsLambdaTimesTheRootOfTheSummedConfidence() {
        // α = 1: c = 3, 2, 2, 4, 2 → Σ c = 13; λ 0.5 → ridge 0.5·√13
        assertEquals(0.5 * Math.sqrt(13), ImplicitAls.ridge(threeByThree(), new AlsParams(2, 1, 0.5, 1.0, 2, 7)),
                1e-12);
        // α = 10: Σ c = 5 + 10·(2 + 1 + 1 + 3 + 1) = 85
        assertEquals(2 * Math.sqrt(85), ImplicitAls.ridge(threeByThree(), new AlsParams(2, 1, 2, 10, 2, 7)), 1e-12);
    }

    @Test
    void aWholeFitEndsOnTheExactItemSolution() {
        InteractionMatrix data = RealisticPurchases.sized(80, 30, 400, 5).generate();
        int k = 4;
        AlsParams p = new AlsParams(k, 3, 0.05, 5.0, k, 11);
        ImplicitAls als = new ImplicitAls(p);
        als.fit(data, Progress.NONE);
        float[] x = als.userFactors();
        float[] y = als.itemFactors();
        InteractionMatrix items = data.transpose();
        for (int i = 0; i < items.rows(); i++) {
            double[] expected = closedForm(items, i, x, k, p);
            for (int f = 0; f < k; f++) {
                assertEquals(expected[f], y[i * k + f], 1e-3 * (1 + Math.abs(expected[f])), "item " + i + " factor " + f);
            }
        }
    }

    /**
     * (XᵀX + Xᵀ(C_i − I)X + λ·√(Σ c)·I)⁻¹ XᵀC_i p_i by Gaussian elimination with partial pivoting, in doubles (Σ c
     * over all entries: the transpose holds the same ones).
     */
    private static double[] closedForm(InteractionMatrix m, int row, float[] fixed, int k, AlsParams p) {
        double[][] a = new double[k][k + 1];
        for (int u = 0; u < fixed.length / k; u++) {
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    a[r][c] += (double) fixed[u * k + r] * fixed[u * k + c];
                }
            }
        }
        double sumC = 0;
        for (int e = 0; e < m.nnz(); e++) {
            sumC += 1 + p.alpha() * m.value(e);
        }
        for (int r = 0; r < k; r++) {
            a[r][r] += p.regularization() * Math.sqrt(sumC);
        }
        for (int e = m.start(row); e < m.end(row); e++) {
            int u = m.col(e);
            double conf = 1 + p.alpha() * m.value(e);
            for (int r = 0; r < k; r++) {
                a[r][k] += conf * fixed[u * k + r];
                for (int c = 0; c < k; c++) {
                    a[r][c] += (conf - 1) * fixed[u * k + r] * fixed[u * k + c];
                }
            }
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < k; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] out = new double[k];
        for (int r = 0; r < k; r++) {
            out[r] = a[r][k] / a[r][r];
        }
        return out;
    }
}
