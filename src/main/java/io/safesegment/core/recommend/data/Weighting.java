package io.safesegment.core.recommend.data;

/** How purchases become implicit feedback values. */
public enum Weighting {
    /** Number of purchase lines of the item. */
    COUNT,
    /** Money spent on the item (sum of amount). */
    SPEND,
    /** Purchase lines weighted by 0.5^(age / half-life), age measured from the latest purchase in the file. */
    RECENCY
}
