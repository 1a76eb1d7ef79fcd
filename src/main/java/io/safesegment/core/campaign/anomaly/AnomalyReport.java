package io.safesegment.core.campaign.anomaly;

import java.util.List;

/**
 * Odd transactions found.
 *
 * @param rows     transactions read
 * @param customers distinct customers
 * @param flagged  rows with at least one reason
 * @param options  thresholds used
 * @param top      the highest-scoring flagged rows
 */
public record AnomalyReport(int rows, int customers, int flagged, AnomalyOptions options,
                            List<FlaggedTransaction> top) {

    /** Why a row was flagged. */
    public enum Reason {
        /** Amount far above the customer's usual (robust z-score over the threshold). */
        AMOUNT_FAR_ABOVE_USUAL,
        /** A channel the customer had not used in at least {@code minHistory} earlier transactions. */
        NEW_CHANNEL,
        /** Many transactions of one customer within the burst window. */
        BURST
    }

    /**
     * One flagged row.
     *
     * @param line        line in the file (header = 1)
     * @param customer    the (masked) customer id
     * @param timestamp   when, as written
     * @param amount      the amount
     * @param usualAmount the customer's median amount
     * @param robustZ     0.6745 (amount − median) / MAD, null when the MAD is 0 or history too short
     * @param score       ordering score: sum over reasons of their strength (see docs/campaigns.md)
     * @param reasons     why
     */
    public record FlaggedTransaction(int line, String customer, String timestamp, double amount, double usualAmount,
                                     Double robustZ, double score, List<Reason> reasons) {
    }
}
