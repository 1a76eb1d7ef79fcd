package io.safesegment.core.value;

import io.safesegment.core.i18n.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * What a CLV run produced.
 *
 * @param options             the settings used
 * @param observationEnd      end of observation (latest purchase, or null for a summary table)
 * @param bgnbd               the BG/NBD fit on all purchases
 * @param gammaGamma          the Gamma-Gamma fit, or null (no amount, or refused: see {@code gammaGammaRefusal})
 * @param gammaGammaRefusal   why Gamma-Gamma was not fitted, or null
 * @param spendModel          where the expected spend per purchase of the CLV comes from
 * @param spendCorrelation    corr(frequency, spend) among repeat buyers (NaN without an amount)
 * @param customers           per-customer figures, in input order
 * @param holdout             the calibration / hold-out check, or null
 * @param exclusions          rows that were not purchases (null for a summary table)
 */
public record ClvResult(ClvOptions options, LocalDate observationEnd, BgNbdFit bgnbd, GammaGammaFit gammaGamma,
                        Message gammaGammaRefusal, SpendModel spendModel, double spendCorrelation, List<CustomerValue> customers,
                        HoldoutCheck holdout, PurchaseLog.Exclusions exclusions) {
    /** Copies. */
    public ClvResult {
        customers = List.copyOf(customers);
    }

    /** Customers the churn rule marks lapsed. */
    public long lapsedCount() {
        return customers.stream().filter(CustomerValue::lapsed).count();
    }
}
