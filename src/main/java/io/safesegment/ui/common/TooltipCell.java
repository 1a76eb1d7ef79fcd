package io.safesegment.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * A text table cell whose tooltip holds its full text, so a value cut off by a narrow column stays readable
 * (the clipping test accepts a cut-off cell only with such a tooltip). One tooltip per cell, re-used as the cell is.
 *
 * @param <S> the row type
 */
public class TooltipCell<S> extends TableCell<S, String> {
    private final Tooltip tooltip = new Tooltip();

    /** Gives every cell of {@code column} a tooltip with its full text. */
    public static <S> void install(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TooltipCell<>());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null || item.isEmpty();
        setText(empty ? null : item);
        tooltip.setText(blank ? "" : item);
        setTooltip(blank ? null : tooltip);
    }
}
