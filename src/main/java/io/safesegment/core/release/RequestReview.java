package io.safesegment.core.release;

import io.safesegment.core.governance.approval.ApprovalRisk;
import java.util.List;

/**
 * The side-by-side review of one approval request (record 0034): the first rows of the requested dataset before and
 * after the requested policy revision, next to the risk figures measured when the request was made.
 *
 * @param approvalId the request
 * @param policyRef  {@code policy@revision}
 * @param dataset    the dataset the request names
 * @param columns    the dataset's columns, in order
 * @param before     the sample rows as stored (one list of cell texts per row)
 * @param after      the same rows masked; a column the policy removes shows as null
 * @param risk       the risk measured with the request
 *
 * <p>Keyed rules (pseudonyms, deterministic encryption) run under a throw-away preview key: the review never touches
 * the vault, so their values differ from a real export's; their shape is what is reviewed.
 */
public record RequestReview(long approvalId, String policyRef, String dataset, List<String> columns,
                            List<List<String>> before, List<List<String>> after, ApprovalRisk risk) {
    public RequestReview {
        columns = List.copyOf(columns);
        before = before.stream().map(java.util.Collections::unmodifiableList).toList();
        after = after.stream().map(java.util.Collections::unmodifiableList).toList();
    }
}
