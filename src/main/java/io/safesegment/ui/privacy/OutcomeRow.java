package io.safesegment.ui.privacy;

/**
 * One line of the per-column review summary.
 *
 * @param column    the input column
 * @param rule      the rule as text ({@code operator name=value, …})
 * @param label     translated GDPR label of what the rule did (removed, masked, pseudonymised…)
 * @param distinct  distinct values before → after, with the loss
 * @param meanShift mean shift of a numeric column, or a dash
 * @param changed   whether masking changed this column at all (drives the row's emphasis)
 */
public record OutcomeRow(String column, String rule, String label, String distinct, String meanShift,
                         boolean changed) {
}
