package io.safesegment.core.privacy.review;

import java.util.List;
import java.util.Optional;

/**
 * How much analytic value masking took away, in three plain measures a privacy officer can weigh against the risk
 * figures: the share of cells changed, the distinct values lost per column, and the mean shift of numeric columns.
 *
 * @param rows         rows compared
 * @param cells        cells of the original table (rows × columns)
 * @param changedCells cells whose value differs after masking (cells of removed columns count as changed)
 * @param columns      one entry per original column, in column order
 */
public record UtilityCost(int rows, long cells, long changedCells, List<ColumnUtility> columns) {
    /** Copies the list. */
    public UtilityCost {
        columns = List.copyOf(columns);
    }

    /** Share of cells changed, 0..1 (0 for an empty table). */
    public double changedShare() {
        return cells == 0 ? 0 : (double) changedCells / cells;
    }

    /** The entry for one column. */
    public Optional<ColumnUtility> column(String name) {
        return columns.stream().filter(c -> c.column().equals(name)).findFirst();
    }
}
