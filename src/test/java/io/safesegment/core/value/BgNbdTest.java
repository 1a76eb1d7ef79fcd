package io.safesegment.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdTest {

    private static BgNbdFit params(double r, double alpha, double a, double b) {
        return new BgNbdFit(r, alpha, a, b, 0, 0, 0, 0, 0, 0, 0, 0, true);
    }

    @Test
    void logLikelihoodOfANonRepeatBuyerByHand() {
        // r = α = a = b = 1, x = 0, T = 1: L = (α/(α+T))^r = 1/2
        assertEquals(Math.log(0.5), BgNbd.logLikelihood(1, 1, 1, 1, 0, 0, 1), 1e-12);
    }

    @Test
    void logLikelihoodOfARepeatBuyerByHand() {
        // Paper eq. 6 with r = α = a = b = 1, x = 1, t_x = 1, T = 2:
        // B(1,2)/B(1,1) · 1/3² + B(2,1)/B(1,1) · 1/2² = 1/18 + 1/8 = 13/72
        assertEquals(Math.log(13.0 / 72), BgNbd.logLikelihood(1, 1, 1, 1, 1, 1, 2), 1e-12);
        // r = 2, α = 3, a = 0.5, b = 1.5, x = 2, t_x = 4, T = 6 through the Beta-function form of eq. 6
        assertEquals(-4.833909170721815, BgNbd.logLikelihood(2, 3, 0.5, 1.5, 2, 4, 6), 1e-12);
    }

    @Test
    void probabilityAliveByHand() {
        // the first term of the likelihood over the whole: (1/18) / (13/72) = 4/13
        assertEquals(4.0 / 13, BgNbd.probabilityAlive(params(1, 1, 1, 1), 1, 1, 2), 1e-12);
        assertEquals(0.6466120866099319, BgNbd.probabilityAlive(params(2, 3, 0.5, 1.5), 2, 4, 6), 1e-12);
        assertEquals(1.0, BgNbd.probabilityAlive(params(2, 3, 0.5, 1.5), 0, 0, 6));
    }

    @Test
    void expectedPurchasesOfANewCustomerMatchTheClosedForm() {
        // x = t_x = T = 0 is the unconditional E[X(t)]; with r = 1, b = 1, a = 2, ₂F₁(1,1;2;z) = −ln(1−z)/z, so
        // E[X(t)] = 2 (1 − (α/t) ln((α+t)/α)); α = 1, t = 1: 2 (1 − ln 2)
        assertEquals(2 * (1 - Math.log(2)), BgNbd.expectedPurchases(params(1, 1, 2, 1), 1, 0, 0, 0), 1e-10);
        assertEquals(0, BgNbd.expectedPurchases(params(1, 1, 2, 1), 0, 3, 2, 5));
    }

    @Test
    void hypergeometricSeriesMatchesTheLogarithmForm() {
        for (double z : new double[] {0.1, 0.5, 0.9, 0.99}) {
            assertEquals(Math.log(-Math.log(1 - z) / z), Hypergeometric.logHyp2f1(1, 1, 2, z), 1e-9);
        }
    }

    @Test
    void recoversSimulatedParameters() {
        // 20,000 customers observed 39 periods, parameters near lifetimes' CDNOW estimates
        CustomerSummary s = ValueSimulation.bgnbd(20_000, 39, 0.25, 4.5, 0.8, 2.5, 6, 4, 15, 42);
        BgNbdFit fit = BgNbd.fit(s, 0, 10, Progress.NONE);
        // Tolerance: 20 % relative for r and α, 35 % for a and b (the drop-out Beta is the least informed part) and
        // within 3 standard errors of the truth.
        assertWithin(0.25, fit.r(), fit.rSe(), 0.20);
        assertWithin(4.5, fit.alpha(), fit.alphaSe(), 0.20);
        assertWithin(0.8, fit.a(), fit.aSe(), 0.35);
        assertWithin(2.5, fit.b(), fit.bSe(), 0.35);
        assertTrue(fit.logLikelihood() < 0);
        // the optimum beats the truth (maximum likelihood), and the reported figure is the sum over customers
        double atTruth = 0;
        for (int i = 0; i < s.size(); i++) {
            atTruth += BgNbd.logLikelihood(0.25, 4.5, 0.8, 2.5, s.frequency()[i], s.recency()[i], s.age()[i]);
        }
        assertTrue(fit.logLikelihood() >= atTruth - 1e-6, fit.logLikelihood() + " < " + atTruth);
    }

    static void assertWithin(double truth, double estimate, double se, double relative) {
        assertTrue(Math.abs(estimate - truth) <= relative * truth, "estimate " + estimate + " vs " + truth);
        assertTrue(Math.abs(estimate - truth) <= 3 * se, "estimate " + estimate + " ± " + se + " vs " + truth);
    }

    @Test
    void penaltyShrinksTheParameters() {
        CustomerSummary s = ValueSimulation.bgnbd(2_000, 39, 0.25, 4.5, 0.8, 2.5, 6, 4, 15, 7);
        BgNbdFit plain = BgNbd.fit(s, 0, 10, Progress.NONE);
        BgNbdFit penalised = BgNbd.fit(s, 0.1, 10, Progress.NONE);
        double sq = plain.r() * plain.r() + plain.a() * plain.a() + plain.b() * plain.b();
        double sqPen = penalised.r() * penalised.r() + penalised.a() * penalised.a() + penalised.b() * penalised.b();
        assertTrue(sqPen < sq);
        assertTrue(penalised.logLikelihood() <= plain.logLikelihood() + 1e-9);
    }

    @Test
    void refusesWithTooFewRepeatBuyers() {
        CustomerSummary s = new CustomerSummary(List.of("a", "b", "c"), new double[] {0, 0, 1},
                new double[] {0, 0, 2}, new double[] {5, 5, 5}, new double[] {0, 0, 3}, true);
        ValueException e = assertThrows(ValueException.class, () -> BgNbd.fit(s, 0, 10, Progress.NONE));
        assertTrue(e.getMessage().contains("Only 1 of 3 customers bought more than once"), e.getMessage());
    }
}
