package io.safesegment.cli;

import io.safesegment.core.value.BgNbdFit;
import io.safesegment.core.value.ClvResult;
import io.safesegment.core.value.CustomerValue;
import io.safesegment.core.value.GammaGammaFit;
import io.safesegment.core.value.HoldoutCheck;
import io.safesegment.core.value.PurchaseLog;
import java.nio.file.Path;
import java.util.List;

/** The {@code clv --json} document; non-finite figures are null (JSON has no NaN). */
record ClvReport(BgNbd bgnbd, GammaGamma gammaGamma, String gammaGammaRefused, String spendModel,
                 Double spendCorrelation,
                 String unit, String observationEnd, int horizon, int clvMonths, double discount, int customers,
                 long lapsed, Churn churn, Holdout holdout, List<Customer> top, PurchaseLog.Exclusions excludedRows,
                 String out, String lapsedOut) {

    record BgNbd(double r, double alpha, double a, double b, Double rSe, Double alphaSe, Double aSe, Double bSe,
                 double logLikelihood, int customers, int repeatBuyers, double penalizer, boolean converged) {
    }

    record GammaGamma(double p, double q, double v, Double pSe, Double qSe, Double vSe, double logLikelihood,
                      int customers, double populationMeanSpend, boolean converged) {
    }

    record Churn(int inactiveDays, double aliveBelow) {
    }

    record Holdout(String calibrationEnd, String observationEnd, double periods, BgNbd calibrationFit,
                   double predictedRepeatPurchases, double actualRepeatPurchases, List<HoldoutCheck.Bin> bins) {
    }

    record Customer(String customerId, double frequency, double recency, double T, Double monetary,
                    double pAlive, double expectedPurchases, Double expectedAvgSpend, Double clv, boolean lapsed) {
    }

    static ClvReport of(ClvResult r, List<CustomerValue> top, Path out, Path lapsedOut) {
        GammaGammaFit g = r.gammaGamma();
        HoldoutCheck h = r.holdout();
        return new ClvReport(bg(r.bgnbd()), g == null ? null : new GammaGamma(g.p(), g.q(), g.v(), n(g.pSe()),
                n(g.qSe()), n(g.vSe()), g.logLikelihood(), g.customers(), g.populationMean(), g.converged()),
                r.gammaGammaRefusal() == null ? null : r.gammaGammaRefusal().english(),
                r.spendModel().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), n(r.spendCorrelation()),
                r.options().unit().cliName(), r.observationEnd() == null ? null : r.observationEnd().toString(),
                r.options().horizon(), r.options().clvMonths(), r.options().monthlyDiscount(), r.customers().size(),
                r.lapsedCount(), new Churn(r.options().churn().inactiveDays(), r.options().churn().aliveBelow()),
                h == null ? null : new Holdout(h.calibrationEnd().toString(), h.observationEnd().toString(),
                        h.holdoutPeriods(), bg(h.fit()), h.predictedTotal(), h.actualTotal(), h.bins()),
                top.stream().map(c -> new Customer(c.customerId(), c.frequency(), c.recency(), c.age(),
                        n(c.monetary()), c.probabilityAlive(), c.expectedPurchases(), n(c.expectedSpend()),
                        n(c.clv()), c.lapsed())).toList(), r.exclusions(), out == null ? null : out.toString(),
                lapsedOut == null ? null : lapsedOut.toString());
    }

    private static BgNbd bg(BgNbdFit b) {
        return new BgNbd(b.r(), b.alpha(), b.a(), b.b(), n(b.rSe()), n(b.alphaSe()), n(b.aSe()), n(b.bSe()),
                b.logLikelihood(), b.customers(), b.repeatBuyers(), b.penalizer(), b.converged());
    }

    private static Double n(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
