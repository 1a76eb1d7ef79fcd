package io.safesegment.core.value;

/**
 * A fitted Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005; Hardie's note 025): a customer's transaction values
 * are Gamma(p, ν) with ν ~ Gamma(q, v) across customers. Fitted on repeat buyers only.
 *
 * @param p             shape of transaction values
 * @param q             shape of ν across customers (the population mean spend p·v/(q−1) needs q &gt; 1)
 * @param v             scale of ν
 * @param pSe           standard error of p (NaN when not identified)
 * @param qSe           standard error of q
 * @param vSe           standard error of v
 * @param logLikelihood total log-likelihood at the estimate (without the penalty)
 * @param customers     repeat buyers fitted
 * @param correlation   Pearson correlation of frequency and mean spend among them (the model assumes none)
 * @param penalizer     L2 penalty coefficient used
 * @param converged     whether the optimiser met its tolerance
 */
public record GammaGammaFit(double p, double q, double v, double pSe, double qSe, double vSe, double logLikelihood,
                            int customers, double correlation, double penalizer, boolean converged) {

    /** The population mean spend per transaction, p·v/(q − 1). */
    public double populationMean() {
        return p * v / (q - 1);
    }
}
