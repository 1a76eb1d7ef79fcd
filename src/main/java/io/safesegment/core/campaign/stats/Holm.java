package io.safesegment.core.campaign.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down correction (Holm 1979) of several arms' p-values against one control: sort ascending, multiply
 * the i-th smallest (1-based) by m − i + 1, carry the running maximum, cap at 1. Controls the family-wise error rate
 * without the independence Bonferroni's sharper cousins need.
 */
public final class Holm {
    private Holm() {
    }

    /** Adjusted p-values in the order of {@code pValues}; NaN entries stay NaN and do not count towards m. */
    public static double[] adjust(double[] pValues) {
        Integer[] order = new Integer[pValues.length];
        int m = 0;
        for (int i = 0; i < pValues.length; i++) {
            order[i] = i;
            if (!Double.isNaN(pValues[i])) {
                m++;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(pValues[i]) ? 2 : pValues[i]));
        double[] adjusted = new double[pValues.length];
        double running = 0;
        for (int rank = 0; rank < order.length; rank++) {
            int i = order[rank];
            if (Double.isNaN(pValues[i])) {
                adjusted[i] = Double.NaN;
                continue;
            }
            running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
