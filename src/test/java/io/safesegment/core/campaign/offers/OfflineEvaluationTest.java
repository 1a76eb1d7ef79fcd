package io.safesegment.core.campaign.offers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** IPS and doubly robust estimates on logs of a known ε-greedy policy, against the exact value of the target. */
class OfflineEvaluationTest {

    @Test
    void estimatesCoverTheTrueValueAndAreUnbiasedOverSeeds() {
        ResponseModel m = OfferPoliciesTest.model();
        int[] alwaysC40 = {2, 2, 2, 2, 2, 2};
        int[] best = new int[6];
        for (int s = 0; s < 6; s++) {
            best[s] = m.bestOffer(s);
        }
        for (int[] target : List.of(alwaysC40, best)) {
            double truth = OfflineEvaluation.trueValue(m, target);
            double ipsSum = 0;
            double drSum = 0;
            int ipsCovered = 0;
            int drCovered = 0;
            int seeds = 40;
            for (long seed = 1; seed <= seeds; seed++) {
                List<LoggedStep> log = OfflineEvaluation.simulateLog(m, 5000, 0.3, seed);
                OfflineEvaluation.Estimate e = OfflineEvaluation.evaluate(log, target, 3, 0.05);
                ipsSum += e.ips();
                drSum += e.doublyRobust();
                ipsCovered += e.ipsCi().low() <= truth && truth <= e.ipsCi().high() ? 1 : 0;
                drCovered += e.doublyRobustCi().low() <= truth && truth <= e.doublyRobustCi().high() ? 1 : 0;
            }
            // unbiased-ish: the mean of 40 independent estimates is within 2% of the truth
            assertEquals(truth, ipsSum / seeds, 0.02 * truth, "IPS");
            assertEquals(truth, drSum / seeds, 0.02 * truth, "DR");
            // 95% intervals: at least 34 of 40 cover the truth (binomial(40, 0.95) ≥ 34 with prob. > 0.99)
            assertTrue(ipsCovered >= 34, "IPS coverage " + ipsCovered);
            assertTrue(drCovered >= 34, "DR coverage " + drCovered);
        }
    }

    @Test
    void handComputedEstimatesOnATinyLog() {
        // two states, two offers; target: offer 1 everywhere
        List<LoggedStep> log = List.of(new LoggedStep(0, 1, 0.5, 10), new LoggedStep(0, 0, 0.5, 4),
                new LoggedStep(1, 1, 0.25, 0), new LoggedStep(1, 0, 0.75, 2));
        OfflineEvaluation.Estimate e = OfflineEvaluation.evaluate(log, new int[] {1, 1}, 2, 0.05);
        // IPS terms: 10/0.5 = 20, 0, 0/0.25 = 0, 0 → 5
        assertEquals(5, e.ips(), 1e-12);
        // q̂(0,1) = 10, q̂(0,0) = 4, q̂(1,1) = 0, q̂(1,0) = 2; DR terms: 10 + 2(10 − 10) = 10, 10, 0 + 4(0 − 0) = 0, 0
        assertEquals(5, e.doublyRobust(), 1e-12);
        assertEquals(5, e.directMethod(), 1e-12);
        assertEquals(4, e.loggedValue(), 1e-12);
        assertEquals(2, e.matched());
    }
}
