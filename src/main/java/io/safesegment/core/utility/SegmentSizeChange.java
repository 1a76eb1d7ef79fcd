package io.safesegment.core.utility;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * How one segment of the original segmentation fared on the anonymised data.
 *
 * @param segment    segment number on the original data (1 = largest, as everywhere in SafeSegment)
 * @param original   customers in the segment on the original data
 * @param anonymised customers in the anonymised segment that holds most of them (its number can differ)
 * @param matched    number of that anonymised segment
 * @param kept       share of the original segment's customers found together in that anonymised segment (0..1)
 */
public record SegmentSizeChange(int segment, int original, int anonymised, int matched, double kept) {
    /** Validates the counts. */
    public SegmentSizeChange {
        if (segment < 1 || original < 0 || anonymised < 0 || !(kept >= 0 && kept <= 1)) {
            throw new LocalizedArgumentException(Message.of("utility.segmentSizeChange.segment1Sizes0"));
        }
    }
}
