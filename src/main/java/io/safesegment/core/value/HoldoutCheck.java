package io.safesegment.core.value;

import java.time.LocalDate;
import java.util.List;

/**
 * The calibration / hold-out check of lifetimes' {@code plot_calibration_purchases_vs_holdout_purchases}: BG/NBD fitted
 * on the purchases up to {@code calibrationEnd}, then, per calibration frequency, the mean repeat purchases predicted
 * for the hold-out period against the mean actually made.
 *
 * @param calibrationEnd  last day of the calibration period
 * @param observationEnd  last day of the hold-out period
 * @param holdoutPeriods  length of the hold-out period in the time unit
 * @param fit             the model fitted on the calibration period
 * @param bins            one row per calibration frequency 0 … 6 with customers, and a last row for 7 or more (most
 *                        customers of a long-lived shop buy often, and a plot of 0 … 6 alone would leave them out)
 * @param predictedTotal  predicted hold-out repeat purchases of all calibration customers
 * @param actualTotal     actual hold-out repeat purchases of all calibration customers
 */
public record HoldoutCheck(LocalDate calibrationEnd, LocalDate observationEnd, double holdoutPeriods, BgNbdFit fit,
                           List<Bin> bins, double predictedTotal, double actualTotal) {
    /** Copies. */
    public HoldoutCheck {
        bins = List.copyOf(bins);
    }

    /**
     * One point pair of the plot.
     *
     * @param frequency  repeat purchases in the calibration period (the smallest, for the last row)
     * @param orMore     whether the row holds every frequency from {@code frequency} up
     * @param customers  customers with that frequency
     * @param actual     their mean hold-out purchases
     * @param predicted  their mean predicted hold-out purchases
     */
    public record Bin(int frequency, boolean orMore, int customers, double actual, double predicted) {
    }
}
