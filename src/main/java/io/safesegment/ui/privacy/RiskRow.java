package io.safesegment.ui.privacy;

/**
 * One line of the before/after risk table.
 *
 * @param metric translated name of the measure
 * @param before formatted value before masking
 * @param after  formatted value after masking
 */
public record RiskRow(String metric, String before, String after) {
}
