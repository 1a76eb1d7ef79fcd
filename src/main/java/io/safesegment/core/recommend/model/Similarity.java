package io.safesegment.core.recommend.model;

/**
 * Similarity between two objects (items for item-kNN, users for user-kNN) described by the values their raters
 * gave them.
 */
public enum Similarity {
    /** Raw values, norms over all of each object's values (missing = 0). */
    COSINE,
    /** Values centred on the object's own mean; sums over co-rated raters only. */
    PEARSON,
    /** Values centred on each rater's mean (Sarwar et al. 2001); sums over co-rated raters only. */
    ADJUSTED_COSINE
}
