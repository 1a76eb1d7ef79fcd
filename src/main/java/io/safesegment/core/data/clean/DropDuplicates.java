package io.safesegment.core.data.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Keeps the first of rows that are equal on {@code keyColumns} (on all columns when the list is empty).
 *
 * @param keyColumns columns that define "the same" row; empty for exact duplicates
 */
public record DropDuplicates(List<String> keyColumns) implements CleaningStep {
    /** Copies the list. */
    public DropDuplicates {
        keyColumns = keyColumns == null ? List.of() : List.copyOf(keyColumns);
    }

    @Override
    public StepOutcome apply(Table table) {
        Columns.requireAll(table, keyColumns);
        List<Column<?>> cols = keyColumns.isEmpty() ? table.columns()
                : keyColumns.stream().<Column<?>>map(table::column).toList();
        Set<String> seen = new HashSet<>();
        Selection keep = new BitmapBackedSelection();
        for (int r = 0; r < table.rowCount(); r++) {
            if (seen.add(Columns.rowKey(cols, r))) {
                keep.add(r);
            }
        }
        Table out = table.where(keep);
        int removed = table.rowCount() - out.rowCount();
        return StepOutcome.of(out, removed + " duplicate rows removed", removed);
    }

    @Override
    public String describe() {
        return keyColumns.isEmpty() ? "Drop exact duplicate rows" : "Drop rows with duplicate " + keyColumns;
    }
}
