package io.safesegment.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import smile.math.special.Gamma;

class GammaGammaTest {

    @Test
    void logLikelihoodOfOneTransactionByHand() {
        // x = 1: f(m) = Γ(p+q)/(Γ(p)Γ(q)) v^q m^(p−1) / (v+m)^(p+q); p = q = v = m = 1 gives 1/4
        assertEquals(Math.log(0.25), GammaGamma.logLikelihood(1, 1, 1, 1, 1), 1e-12);
    }

    @Test
    void logLikelihoodMatchesBruteForceIntegration() {
        // The mean of x Gamma(p, ν) values is Gamma(px, rate xν); integrate over ν ~ Gamma(q, rate v) numerically.
        double p = 3;
        double q = 2.5;
        double v = 10;
        double x = 3;
        double m = 12;
        double integral = 0;
        int steps = 200_000;
        double upper = 5;
        double h = upper / steps;
        for (int i = 1; i < steps; i++) {
            double nu = i * h;
            double w = (i % 2 == 0) ? 2 : 4; // Simpson
            integral += w * Math.exp(logGammaDensity(m, p * x, x * nu) + logGammaDensity(nu, q, v));
        }
        integral *= h / 3;
        assertEquals(Math.log(integral), GammaGamma.logLikelihood(p, q, v, x, m), 1e-6);
    }

    private static double logGammaDensity(double z, double shape, double rate) {
        return shape * Math.log(rate) + (shape - 1) * Math.log(z) - rate * z - Gamma.lgamma(shape);
    }

    @Test
    void expectedSpendIsAWeightedMean() {
        GammaGammaFit g = new GammaGammaFit(2, 3, 10, 0, 0, 0, 0, 0, 0, 0, true);
        // population mean p v / (q − 1) = 10; weight p x / (p x + q − 1) = 4 / 6 for x = 2
        assertEquals(10, g.populationMean(), 1e-12);
        assertEquals(10.0 / 3 + (4.0 / 6) * 25, GammaGamma.expectedAverageSpend(g, 2, 25), 1e-12);
        assertEquals(10, GammaGamma.expectedAverageSpend(g, 0, 0), 1e-12);
    }

    @Test
    void clvDiscountsMonthlyIncrements() {
        BgNbdFit bg = new BgNbdFit(1, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, true);
        double one = GammaGamma.customerLifetimeValue(bg, 10, 0, 0, 0, 1, 0.5, TimeUnit.DAY);
        assertEquals(10 * BgNbd.expectedPurchases(bg, 30, 0, 0, 0) / 1.5, one, 1e-9);
        double two = GammaGamma.customerLifetimeValue(bg, 10, 0, 0, 0, 2, 0.5, TimeUnit.DAY);
        double second = BgNbd.expectedPurchases(bg, 60, 0, 0, 0) - BgNbd.expectedPurchases(bg, 30, 0, 0, 0);
        assertEquals(one + 10 * second / 2.25, two, 1e-9);
    }

    @Test
    void recoversSimulatedParameters() {
        CustomerSummary s = ValueSimulation.bgnbd(20_000, 39, 0.5, 4.5, 0.8, 2.5, 6, 4, 15, 11);
        GammaGammaFit g = GammaGamma.fit(s, 0, 10, 1, Progress.NONE);
        // Tolerance: 25 % relative and 3 standard errors for p, q and v.
        BgNbdTest.assertWithin(6, g.p(), g.pSe(), 0.25);
        BgNbdTest.assertWithin(4, g.q(), g.qSe(), 0.25);
        BgNbdTest.assertWithin(15, g.v(), g.vSe(), 0.25);
        assertTrue(Math.abs(g.correlation()) < 0.1, "independent by construction: " + g.correlation());
    }

    @Test
    void refusesWhenSpendFollowsFrequency() {
        List<String> ids = new ArrayList<>();
        int n = 50;
        double[] f = new double[n];
        double[] r = new double[n];
        double[] t = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            ids.add("c" + i);
            f[i] = 1 + i % 10;
            r[i] = 5;
            t[i] = 10;
            m[i] = 10 + 5 * f[i];
        }
        CustomerSummary s = new CustomerSummary(ids, f, r, t, m, true);
        ValueException e = assertThrows(ValueException.class, () -> GammaGamma.fit(s, 0, 10, 0.3, Progress.NONE));
        assertTrue(e.getMessage().contains("r = 1.000"), e.getMessage());
    }
}
