package io.safesegment.core.privacy.review;

/**
 * What masking cost one input column.
 *
 * @param column         the input column name
 * @param removed        whether the column is absent from the masked table
 * @param changedCells   rows whose value differs after masking (all rows for a removed column)
 * @param distinctBefore distinct non-missing values in the original
 * @param distinctAfter  distinct non-missing values after masking (0 when removed)
 * @param meanBefore     mean of the original values, or NaN when the column is not numeric
 * @param meanAfter      mean of the masked values, or NaN when either side is not numeric
 */
public record ColumnUtility(String column, boolean removed, int changedCells, int distinctBefore, int distinctAfter,
                            double meanBefore, double meanAfter) {

    /** Share of distinct values lost, 0..1 (a column that gains distinct values, e.g. through noise, loses none). */
    public double distinctLoss() {
        if (distinctBefore == 0) {
            return removed ? 1 : 0;
        }
        return Math.max(0, 1 - (double) distinctAfter / distinctBefore);
    }

    /** Whether both means exist, so {@link #meanShift()} is meaningful. */
    public boolean numeric() {
        return !Double.isNaN(meanBefore) && !Double.isNaN(meanAfter);
    }

    /** Masked mean minus original mean (NaN unless {@link #numeric()}). */
    public double meanShift() {
        return meanAfter - meanBefore;
    }

    /** Mean shift relative to the original mean's magnitude (NaN when not numeric or the original mean is 0). */
    public double relativeMeanShift() {
        return numeric() && meanBefore != 0 ? meanShift() / Math.abs(meanBefore) : Double.NaN;
    }
}
