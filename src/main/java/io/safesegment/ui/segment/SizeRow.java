package io.safesegment.ui.segment;

/**
 * Segment sizes of two compared runs side by side.
 *
 * @param segment segment number (1-based) or "noise"
 * @param sizeA   customers in run A's segment, or empty
 * @param sizeB   customers in run B's segment, or empty
 */
public record SizeRow(String segment, String sizeA, String sizeB) {
}
