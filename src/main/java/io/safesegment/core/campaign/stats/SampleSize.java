package io.safesegment.core.campaign.stats;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Customers needed per arm to detect a change of a conversion rate with a two-sided two-proportion z-test (Fleiss,
 * Levin &amp; Paik, <i>Statistical Methods for Rates and Proportions</i>, 3rd ed., eq. 4.14, without continuity
 * correction): n = (z_{1−α/2} √(2 p̄ q̄) + z_{1−β} √(p₁q₁ + p₂q₂))² / (p₂ − p₁)², p̄ = (p₁ + p₂)/2.
 */
public final class SampleSize {
    private SampleSize() {
    }

    /**
     * Sample size per arm.
     *
     * @param baseline control conversion rate p₁ (0..1, exclusive)
     * @param mde      minimum detectable effect as an absolute difference p₂ − p₁ (≠ 0; p₂ within (0, 1))
     * @param alpha    two-sided significance level
     * @param power    1 − β
     * @return customers per arm, rounded up
     */
    public static long perArm(double baseline, double mde, double alpha, double power) {
        double p1 = baseline;
        double p2 = baseline + mde;
        if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1 && mde != 0)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.sampleSize"));
        }
        return (long) Math.ceil(exact(p1, p2, alpha, power) - 1e-9);
    }

    /**
     * Sample size per arm with Fleiss' continuity correction n' = n/4 (1 + √(1 + 4/(n |p₂ − p₁|)))², the value
     * printed in the book's tables (e.g. 474 for p₁ = 0.05, p₂ = 0.10, α = 0.05, power 0.8).
     */
    public static long perArmContinuityCorrected(double baseline, double mde, double alpha, double power) {
        perArm(baseline, mde, alpha, power); // validates
        double n = exact(baseline, baseline + mde, alpha, power);
        double root = 1 + Math.sqrt(1 + 4 / (n * Math.abs(mde)));
        return (long) Math.ceil(n / 4 * root * root - 1e-9);
    }

    /** The unrounded formula value, for tests and reports. */
    public static double exact(double p1, double p2, double alpha, double power) {
        double za = Distributions.normalQuantile(1 - alpha / 2);
        double zb = Distributions.normalQuantile(power);
        double pBar = (p1 + p2) / 2;
        double root = za * Math.sqrt(2 * pBar * (1 - pBar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return root * root / ((p2 - p1) * (p2 - p1));
    }
}
