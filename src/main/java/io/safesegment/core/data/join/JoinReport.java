package io.safesegment.core.data.join;

/**
 * How well two tables matched.
 *
 * @param leftRows           rows in the left table
 * @param rightRows          rows in the right table
 * @param matchedLeftRows    left rows with at least one matching right row
 * @param unmatchedLeftRows  left rows without a match (missing keys never match)
 * @param unmatchedRightRows right rows that no left row matched
 * @param duplicateLeftKeys  distinct keys occurring more than once on the left
 * @param duplicateRightKeys distinct keys occurring more than once on the right (these multiply result rows)
 * @param resultRows         rows in the joined table
 */
public record JoinReport(int leftRows, int rightRows, int matchedLeftRows, int unmatchedLeftRows,
                         int unmatchedRightRows, int duplicateLeftKeys, int duplicateRightKeys, int resultRows) {
}
