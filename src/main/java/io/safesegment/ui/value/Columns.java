package io.safesegment.ui.value;

import io.safesegment.ui.common.ColumnWidths;
import io.safesegment.ui.common.TooltipCell;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Text columns of record rows, at least as wide as their titles, with a tooltip on each cell so a narrow column
 * never hides its value.
 */
final class Columns {
    private Columns() {
    }

    static <S> void add(TableView<S> table, String title, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        TooltipCell.install(c);
        ColumnWidths.atLeast(c, 70);
        c.setMinWidth(ColumnWidths.headerWidth(c)); // a narrow table scrolls rather than cutting a title
        table.getColumns().add(c);
    }
}
