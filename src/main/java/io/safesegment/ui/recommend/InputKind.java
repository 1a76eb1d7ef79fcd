package io.safesegment.ui.recommend;

/** What the interactions are built from. */
public enum InputKind {
    /** Purchases (implicit feedback: counts, spend or recency-weighted counts). */
    TRANSACTIONS,
    /** Explicit ratings: user, item, rating[, timestamp]. */
    RATINGS
}
