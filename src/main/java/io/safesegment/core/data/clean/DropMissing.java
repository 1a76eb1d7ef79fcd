package io.safesegment.core.data.clean;

import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Removes rows with a missing value in any of {@code columns} (any column when the list is empty).
 *
 * @param columns columns to check
 */
public record DropMissing(List<String> columns) implements CleaningStep {
    /** Copies the list. */
    public DropMissing {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    @Override
    public StepOutcome apply(Table table) {
        Columns.requireAll(table, columns);
        List<Column<?>> cols = columns.isEmpty() ? table.columns()
                : columns.stream().<Column<?>>map(table::column).toList();
        Selection keep = new BitmapBackedSelection();
        rows:
        for (int r = 0; r < table.rowCount(); r++) {
            for (Column<?> c : cols) {
                if (c.isMissing(r)) {
                    continue rows;
                }
            }
            keep.add(r);
        }
        Table out = table.where(keep);
        int removed = table.rowCount() - out.rowCount();
        return StepOutcome.of(out, removed + " rows with missing values removed", removed);
    }

    @Override
    public String describe() {
        return columns.isEmpty() ? "Drop rows with any missing value" : "Drop rows missing " + columns;
    }
}
