package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.ui.common.Columns;
import java.util.AbstractList;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Shows a Tablesaw table in a {@link TableView} without copying it: the items are row indices (in the browser's
 * sort and filter order) and each cell asks the column for its value when the virtualised table view draws it, so a
 * million rows cost the view no more than a screenful.
 */
final class TablePreview {
    private TablePreview() {
    }

    /**
     * Replaces the columns of {@code view} with those of {@code table}; each header shows the type and, when the
     * privacy policy assigned one, the column's role. Rows are set separately ({@link #setRows}).
     */
    static void showColumns(TableView<Integer> view, Table table, Map<String, ColumnRole> roles) {
        view.getSortOrder().clear();
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
            tc.setUserData(column.name());
            tc.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.getString(cell.getValue())));
            Columns.withTooltips(tc);
            tc.setPrefWidth(preferredWidth(column));
            ColumnRole role = roles.get(column.name());
            String typeText = typeName(column.type());
            Label type = new Label(role == null || role == ColumnRole.OTHER ? typeText
                    : typeText + " · " + roleName(role));
            type.getStyleClass().addAll("column-type", role == null ? "role-none" : "role-" + role.name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            tc.setGraphic(type);
            view.getColumns().add(tc);
        }
    }

    /** Shows {@code rows} (indices into the table) in order. */
    static void setRows(TableView<Integer> view, int[] rows) {
        view.setItems(rowIndices(rows == null ? new int[0] : rows));
    }

    /** The user-facing name of a Tablesaw column type. */
    static String typeName(ColumnType type) {
        return switch (type.name()) {
            case "INTEGER", "LONG", "SHORT" -> i18n("data.type.integer");
            case "DOUBLE", "FLOAT" -> i18n("data.type.decimal");
            case "BOOLEAN" -> i18n("data.type.boolean");
            case "LOCAL_DATE" -> i18n("data.type.date");
            case "LOCAL_DATE_TIME", "INSTANT" -> i18n("data.type.datetime");
            case "LOCAL_TIME" -> i18n("data.type.time");
            default -> i18n("data.type.text");
        };
    }

    private static String roleName(ColumnRole role) {
        return switch (role) {
            case DIRECT_IDENTIFIER -> i18n("data.role.direct");
            case QUASI_IDENTIFIER -> i18n("data.role.quasi");
            case SENSITIVE -> i18n("data.role.sensitive");
            case OTHER -> "";
        };
    }

    /** Wide enough for the header and the first rows' values (sampled, so a million-row column costs nothing). */
    static double preferredWidth(Column<?> column) {
        int chars = column.name().length() + 2;
        for (int row = 0; row < Math.min(50, column.size()); row++) {
            chars = Math.max(chars, column.getString(row).length());
        }
        return Math.max(80, Math.min(320, chars * 8.5 + 24));
    }

    /** An observable list view of {@code rows} that copies nothing. */
    static ObservableList<Integer> rowIndices(int[] rows) {
        return FXCollections.observableList(new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return rows[index];
            }

            @Override
            public int size() {
                return rows.length;
            }
        });
    }
}
