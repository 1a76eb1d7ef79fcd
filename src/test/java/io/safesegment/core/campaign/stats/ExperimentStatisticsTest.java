package io.safesegment.core.campaign.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The experiment statistics against hand-computed textbook values. Each expected number is the formula in the
 * comment evaluated in double precision (cross-checked with SciPy 1.10: {@code norm.sf}, {@code chi2_contingency(...,
 * correction=False)}, {@code ttest_ind(..., equal_var=False)}, {@code t.ppf}, numerical integration of the Beta
 * posteriors).
 */
class ExperimentStatisticsTest {
    private static final double EPS = 1e-9;

    @Test
    void pooledTwoProportionZTest() {
        // control 200/2000, treatment 250/2000: p̂ = 450/4000, se = √(p̂(1−p̂)(2/2000)), z = 0.025/se
        Proportions.Test t = Proportions.zTest(250, 2000, 200, 2000);
        double pooled = 450.0 / 4000;
        double z = 0.025 / Math.sqrt(pooled * (1 - pooled) * (2.0 / 2000));
        assertEquals(z, t.statistic(), EPS);
        assertEquals(2.501955416802671, t.statistic(), EPS);
        assertEquals(0.012350947711191423, t.pValue(), EPS);
    }

    @Test
    void chiSquareOfTwoArmsIsZSquaredAndOfThreeArmsHasTwoDegreesOfFreedom() {
        Proportions.Test chi = Proportions.chiSquare(new long[] {250, 200}, new long[] {2000, 2000});
        assertEquals(6.259780907668231, chi.statistic(), EPS);
        assertEquals(2.501955416802671 * 2.501955416802671, chi.statistic(), EPS);
        assertEquals(0.012350947711191402, chi.pValue(), EPS);
        // 3 × 2 table: Σ (O − E)² / E with E = row total × 680/6000; p from χ²(2)
        Proportions.Test three = Proportions.chiSquare(new long[] {200, 250, 230}, new long[] {2000, 2000, 2000});
        assertEquals(6.302521008403362, three.statistic(), EPS);
        assertEquals(0.04279814561002138, three.pValue(), EPS);
        assertEquals(Math.exp(-6.302521008403362 / 2), three.pValue(), EPS); // χ²(2) tail is e^(−x/2)
    }

    @Test
    void wilsonIntervalAndKatzLiftInterval() {
        // Wilson: (p + z²/2n)/(1 + z²/n) ± z/(1 + z²/n) √(p(1−p)/n + z²/4n²), p = 0.1, n = 2000, z = 1.959964
        assertArrayEquals(new double[] {0.08760922541834984, 0.11392441240665252},
                Proportions.wilson(200, 2000, 0.05).toArray(), EPS);
        // Lift 0.125/0.1 − 1; exp(ln 1.25 ± z √((1−0.125)/250 + (1−0.1)/200)) − 1
        assertEquals(0.25, Proportions.lift(250, 2000, 200, 2000), EPS);
        assertArrayEquals(new double[] {0.04900179776172586, 0.48951126998441263},
                Proportions.liftInterval(250, 2000, 200, 2000, 0.05).toArray(), EPS);
    }

    @Test
    void welchTestAndMeanInterval() {
        double[] a = {0, 0, 12.5, 30, 0, 7.25, 0, 55, 0, 19.99};
        double[] b = {0, 10, 0, 0, 8, 0, 0, 12, 0, 0, 5, 0};
        Means.Welch w = Means.welch(Means.Summary.of(a), Means.Summary.of(b));
        assertEquals(1.6193833632132908, w.t(), EPS);
        assertEquals(9.954220226921793, w.df(), EPS);
        assertEquals(0.1365740787023019, w.pValue(), EPS);
        // mean ± t(0.975, 9) s/√n
        assertArrayEquals(new double[] {-0.5372954127132825, 25.485295412713285},
                Means.meanInterval(Means.Summary.of(a), 0.05).toArray(), EPS);
        assertEquals(2.2621571627409915, Distributions.tQuantile(0.975, 9), EPS);
        assertEquals(2.333039626555376, Distributions.tQuantile(0.975, 7.5), EPS);
        assertEquals(0.07123707145807805, Distributions.tTwoSided(2.1, 7.5), EPS);
    }

    @Test
    void holmStepDown() {
        // sorted 0.01·4 = 0.04, 0.03·3 = 0.09, 0.04·2 = 0.08 → running max 0.09, 0.2·1 = 0.2
        assertArrayEquals(new double[] {0.04, 0.09, 0.09, 0.2}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.2}),
                EPS);
        double[] withNaN = Holm.adjust(new double[] {Double.NaN, 0.02, 0.5});
        assertTrue(Double.isNaN(withNaN[0]));
        assertArrayEquals(new double[] {0.04, 0.5}, new double[] {withNaN[1], withNaN[2]}, EPS);
    }

    @Test
    void betaBinomialProbabilityToBeatMatchesNumericalIntegration() {
        // ∫ Beta(x; 1+x_t, 1+n_t−x_t) · F_Beta(x; 1+x_c, 1+n_c−x_c) dx
        assertEquals(0.8471181040024472, BetaBinomial.probabilityToBeat(7, 20, 4, 20), EPS);
        assertEquals(0.9938143483262957, BetaBinomial.probabilityToBeat(250, 2000, 200, 2000), EPS);
        assertEquals(0.5, BetaBinomial.probabilityToBeat(30, 100, 30, 100), EPS);
    }

    @Test
    void sampleSizeMatchesFleissTables() {
        // Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions, 3rd ed.: p1 = 0.05, p2 = 0.10,
        // α = 0.05 two-sided, power 0.80 → 474 per group with continuity correction (Table A.4), 435 without.
        assertEquals(434.43202243946865, SampleSize.exact(0.05, 0.10, 0.05, 0.8), 1e-6);
        assertEquals(435, SampleSize.perArm(0.05, 0.05, 0.05, 0.8));
        assertEquals(474, SampleSize.perArmContinuityCorrected(0.05, 0.05, 0.05, 0.8));
        assertEquals(3841, SampleSize.perArm(0.10, 0.02, 0.05, 0.8));
    }

    @Test
    void bootstrapIsSeededAndCoversTheObservedDifference() {
        double[] a = {0, 0, 12.5, 30, 0, 7.25, 0, 55, 0, 19.99};
        double[] b = {0, 10, 0, 0, 8, 0, 0, 12, 0, 0, 5, 0};
        Bootstrap.Result one = Bootstrap.meanDifference(a, b, 2000, 0.05, 7);
        Bootstrap.Result two = Bootstrap.meanDifference(a, b, 2000, 0.05, 7);
        assertEquals(one, two);
        assertEquals(one.interval(), two.interval());
        assertEquals(12.474 - 35.0 / 12, one.difference(), EPS);
        assertTrue(one.interval().low() < one.difference() && one.difference() < one.interval().high());
        assertTrue(one.pValue() > 0 && one.pValue() < 0.5, "difference of ~9.6 on n = 10/12: not conclusive");
    }
}
