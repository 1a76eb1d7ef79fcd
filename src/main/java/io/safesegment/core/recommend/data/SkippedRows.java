package io.safesegment.core.recommend.data;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Transaction lines that did not become interactions as they are, so that a user sees what a recommendation run left
 * out instead of a silently smaller matrix.
 *
 * @param withoutCustomer    lines without a customer id (empty, {@code NA}, {@code null}): skipped, never one
 *                           "NA" customer
 * @param returnLines        return lines (negative quantity or amount) skipped because a return is no sign of
 *                           preference (count and recency weighting)
 * @param nettedReturnLines  return lines subtracted from the spend of their customer × product (spend weighting)
 * @param fullyReturnedPairs customer × product pairs whose net spend is ≤ 0 after netting: no interaction
 */
public record SkippedRows(long withoutCustomer, long returnLines, long nettedReturnLines, long fullyReturnedPairs) {
    /** Nothing skipped (ratings files, or clean transactions). */
    public static final SkippedRows NONE = new SkippedRows(0, 0, 0, 0);

    /** Refuses negative counts. */
    public SkippedRows {
        if (withoutCustomer < 0 || returnLines < 0 || nettedReturnLines < 0 || fullyReturnedPairs < 0) {
            throw new LocalizedArgumentException(Message.of("data.skippedRows.skippedRowCountsMust"));
        }
    }
}
