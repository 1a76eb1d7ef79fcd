package io.safesegment.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Column and cell factories of the Recipe panel (named for it so the sections' own shared factories can grow
 * beside it without a clash): text columns whose cells carry a tooltip, so a cut-off cell can always be read in
 * full, and list cells that wrap long text instead of cutting it off.
 */
public final class RecipeColumns {
    private RecipeColumns() {
    }

    /**
     * Fills {@code column} with {@code text} of each row; each non-empty cell's tooltip shows {@code tooltip} of the
     * row (e.g. the full value, or the row as JSON).
     */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> text, Function<S, String> tooltip) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(row == null || item == null || item.isEmpty() ? null : new Tooltip(tipText(item,
                        tooltip.apply(row))));
            }
        });
    }

    /** The tooltip shows the full cell text first (a narrow column cuts it off), then the row's detail. */
    private static String tipText(String item, String detail) {
        return detail == null || detail.isEmpty() || detail.contains(item) ? (detail == null || detail.isEmpty()
                ? item : detail) : item + "\n\n" + detail;
    }

    /** Cells of {@code list} that wrap their text to the list's width. */
    public static void wrapping(ListView<String> list) {
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
    }
}
