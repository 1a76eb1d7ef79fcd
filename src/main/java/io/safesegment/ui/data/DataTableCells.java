package io.safesegment.ui.data;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The Data section's table columns: text cells whose full value is also their tooltip, so a value cut off by a
 * narrow column ("Rule for column 'birth_date': general…") can still be read. Shared by the browse and profile
 * panes (and the dialogs' tables) instead of a cell factory per view.
 */
final class DataTableCells {
    private DataTableCells() {
    }

    /** A text column of {@code width} showing {@code value} of each row, with the tooltip cell. */
    static <S> TableColumn<S, String> textColumn(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TooltipCell<>());
        column.setPrefWidth(width);
        return column;
    }

    /** Makes {@code column}'s cells carry their full text as a tooltip. */
    static <S> void withTooltips(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TooltipCell<>());
    }

    /** A text cell with one tooltip, re-used as the cell is, holding the cell's full text. */
    static final class TooltipCell<S> extends TableCell<S, String> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(empty ? null : item);
            tooltip.setText(blank ? "" : item);
            setTooltip(blank ? null : tooltip);
        }
    }
}
