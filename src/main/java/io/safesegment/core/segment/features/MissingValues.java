package io.safesegment.core.segment.features;

/** What to do with rows that lack a value in a selected numeric feature. */
public enum MissingValues {
    /** Replace the missing value with the column mean (of the rows that have one). */
    MEAN_IMPUTE,
    /** Leave the row out of the matrix. */
    DROP_ROWS
}
