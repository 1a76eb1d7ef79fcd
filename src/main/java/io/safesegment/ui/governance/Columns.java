package io.safesegment.ui.governance;

import io.safesegment.ui.common.TooltipCell;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Text columns with a tooltip on each cell (long objects and details stay readable at 1280×820). */
final class Columns {
    private Columns() {
    }

    static <S> void text(TableColumn<S, String> column, Function<S, Object> value) {
        column.setCellValueFactory(c -> {
            Object v = value.apply(c.getValue());
            return new ReadOnlyStringWrapper(v == null ? "" : v.toString());
        });
        TooltipCell.install(column);
    }
}
