package io.safesegment.core.data.join;

/** Which rows a join keeps. */
public enum JoinType {
    /** Only rows whose key is found in both tables. */
    INNER,
    /** Every left row; right columns are missing where no key matches. */
    LEFT
}
