package io.safesegment.core.segment.features;

/** How a feature column is rescaled before clustering, so that no feature dominates distances by its unit. */
public enum Scaling {
    /** (x − mean) / standard deviation. */
    ZSCORE,
    /** (x − min) / (max − min), into 0..1. */
    MINMAX,
    /** (x − median) / interquartile range: robust to outliers such as the income typos. */
    ROBUST,
    /** Values as they are. */
    NONE
}
