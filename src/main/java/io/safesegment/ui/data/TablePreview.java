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
        // Without columns, TableView would still draw an empty header strip above the empty-state text.
        view.getStyleClass().remove("no-columns");
        if (table == null) {
            view.getStyleClass().add("no-columns");
            view.setItems(FXCollections.observableArrayList());
            return;
        }
        for (Column<?> column : table.columns()) {
            TableColumn<Integer, String> tc = new TableColumn<>(column.name());
            tc.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.getString(cell.getValue())));
            tc.setPrefWidth(preferredWidth(column));
            tc.setSortable(false);
            view.getColumns().add(tc);
        }
        view.setItems(rowIndices(Math.min(MAX_ROWS, table.rowCount())));
    }

    /** Wide enough for the header and the first rows' values (sampled, so a million-row column costs nothing). */
    static double preferredWidth(Column<?> column) {
        int chars = column.name().length() + 2;
        for (int row = 0; row < Math.min(50, column.size()); row++) {
            chars = Math.max(chars, column.getString(row).length());
        }
        return Math.max(70, Math.min(320, chars * 8.5 + 24));
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
