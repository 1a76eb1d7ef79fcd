package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.time.LocalDate;

/**
 * CLV settings.
 *
 * @param unit             period of recency, T and the horizon
 * @param calibrationEnd   end of the calibration period for the hold-out check, or null for no check (transactions
 *                         only)
 * @param horizon          periods for "expected purchases in the next N periods" (≥ 1)
 * @param clvMonths        months of the CLV horizon (≥ 1; lifetimes' {@code time})
 * @param monthlyDiscount  monthly discount rate for the CLV cash flows, in [0, 1) (lifetimes' default 0.01)
 * @param penalizer        L2 penalty coefficient (≥ 0; lifetimes' {@code penalizer_coef})
 * @param minRepeatBuyers  fewest repeat buyers a fit accepts (≥ 1)
 * @param maxSpendCorrelation largest |corr(frequency, spend)| Gamma-Gamma accepts, in (0, 1]
 * @param churn            the lapse rule
 */
public record ClvOptions(TimeUnit unit, LocalDate calibrationEnd, int horizon, int clvMonths, double monthlyDiscount,
                         double penalizer, int minRepeatBuyers, double maxSpendCorrelation, ChurnRule churn) {
    /** Validates. */
    public ClvOptions {
        unit = unit == null ? TimeUnit.DAY : unit;
        churn = churn == null ? ChurnRule.DEFAULT : churn;
        if (horizon < 1 || clvMonths < 1) {
            throw new LocalizedArgumentException(Message.of("value.error.horizon", horizon, clvMonths));
        }
        if (!(monthlyDiscount >= 0 && monthlyDiscount < 1)) {
            throw new LocalizedArgumentException(Message.of("value.error.discount", String.valueOf(monthlyDiscount)));
        }
        if (!(penalizer >= 0) || Double.isInfinite(penalizer)) {
            throw new LocalizedArgumentException(Message.of("value.error.penalizer", String.valueOf(penalizer)));
        }
        if (minRepeatBuyers < 1) {
            throw new LocalizedArgumentException(Message.of("value.error.minRepeatBuyers", minRepeatBuyers));
        }
        if (!(maxSpendCorrelation > 0 && maxSpendCorrelation <= 1)) {
            throw new LocalizedArgumentException(Message.of("value.error.maxCorrelation",
                    String.valueOf(maxSpendCorrelation)));
        }
    }

    /** Days, no hold-out, 30-day horizon, 12-month CLV at 1 % a month, no penalty, 10 repeat buyers, |r| ≤ 0.3. */
    public static ClvOptions defaults() {
        return new ClvOptions(TimeUnit.DAY, null, 30, 12, 0.01, 0, 10, 0.3, ChurnRule.DEFAULT);
    }

    /** A copy with a calibration end. */
    public ClvOptions withCalibrationEnd(LocalDate date) {
        return new ClvOptions(unit, date, horizon, clvMonths, monthlyDiscount, penalizer, minRepeatBuyers,
                maxSpendCorrelation, churn);
    }
}
