package io.safesegment.core.campaign.anomaly;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Thresholds of the odd-transaction rules.
 *
 * @param zThreshold   robust z-score of the amount within the customer's own history above which a row is flagged
 *                     (3.5, Iglewicz &amp; Hoaglin 1993)
 * @param minHistory   transactions a customer needs before "usual" means anything (≥ 3)
 * @param burstCount   transactions of one customer within {@code burstHours} that make a burst (≥ 2)
 * @param burstHours   the burst window in hours (&gt; 0)
 * @param top          flagged rows returned, highest score first (≥ 1)
 */
public record AnomalyOptions(double zThreshold, int minHistory, int burstCount, double burstHours, int top) {
    /** Validates. */
    public AnomalyOptions {
        if (!(zThreshold > 0) || minHistory < 3 || burstCount < 2 || !(burstHours > 0) || top < 1) {
            throw new LocalizedArgumentException(Message.of("campaign.options.anomaly"));
        }
    }

    /** z 3.5, history 5, 5 transactions within 24 hours, top 50. */
    public static AnomalyOptions defaults() {
        return new AnomalyOptions(3.5, 5, 5, 24, 50);
    }
}
