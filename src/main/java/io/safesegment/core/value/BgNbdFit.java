package io.safesegment.core.value;

/**
 * A fitted BG/NBD model (Fader, Hardie &amp; Lee 2005): purchase rates Gamma(r, α) across customers (α in the time
 * unit of the data), drop-out probability after each purchase Beta(a, b).
 *
 * @param r              Gamma shape
 * @param alpha          Gamma scale, in periods
 * @param a              Beta a
 * @param b              Beta b
 * @param rSe            standard error of r (numerical Hessian, delta method); NaN when not identified
 * @param alphaSe        standard error of α
 * @param aSe            standard error of a
 * @param bSe            standard error of b
 * @param logLikelihood  total log-likelihood of the data at the estimate (without the penalty)
 * @param customers      customers fitted
 * @param repeatBuyers   customers with frequency &gt; 0
 * @param penalizer      L2 penalty coefficient used (lifetimes' {@code penalizer_coef})
 * @param converged      whether the optimiser met its tolerance
 */
public record BgNbdFit(double r, double alpha, double a, double b, double rSe, double alphaSe, double aSe,
                       double bSe, double logLikelihood, int customers, int repeatBuyers, double penalizer,
                       boolean converged) {
}
