package io.safesegment.core.data.io;

/**
 * A row skipped in {@code skipBadRows} mode.
 *
 * @param line   1-based line where the record starts
 * @param column 1-based column, 0 when the whole row is at fault
 * @param reason what was wrong (never the cell value)
 */
public record RowIssue(long line, int column, String reason) {
}
