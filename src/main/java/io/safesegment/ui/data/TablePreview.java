package io.safesegment.ui.data;

import java.util.AbstractList;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Shows a Tablesaw table in a {@link TableView} without copying it: the items are row indices and each cell asks
 * the column for its value when the (virtualised) table view draws it.
 */
final class TablePreview {
    /** The preview shows at most this many rows. */
    static final int MAX_ROWS = 1_000;

    private TablePreview() {
    }

    /** Replaces the columns and items of {@code view} with the first {@link #MAX_ROWS} rows of {@code table}. */
    static void show(TableView<Integer> view, Table table) {
        view.getColumns().clear();
        if (table == null) {
            view.setItems(FXCollections.observableArrayList());
            return;
        }
        for (Column<?> column : table.columns()) {
            TableColumn<Integer, String> tc = new TableColumn<>(column.name());
            tc.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.getString(cell.getValue())));
            tc.setPrefWidth(Math.max(90, Math.min(220, column.name().length() * 9 + 40)));
            tc.setSortable(false);
            view.getColumns().add(tc);
        }
        view.setItems(rowIndices(Math.min(MAX_ROWS, table.rowCount())));
    }

    /** An observable list 0..n-1 that stores nothing but its size. */
    static ObservableList<Integer> rowIndices(int n) {
        return FXCollections.observableList(new AbstractList<>() {
            @Override
            public Integer get(int index) {
                if (index < 0 || index >= n) {
                    throw new IndexOutOfBoundsException(index);
                }
                return index;
            }

            @Override
            public int size() {
                return n;
            }
        });
    }
}
