package io.safesegment.ui.recommend;

/** Where customer segments (per-segment results, segment popularity, segment preview) come from. */
public enum SegmentSource {
    /** No segments. */
    NONE,
    /** RFM segments computed from the chosen transactions, so the bundled samples have segments at once. */
    RFM,
    /** A workspace dataset with {@code customer_id} and a segment column. */
    DATASET
}
