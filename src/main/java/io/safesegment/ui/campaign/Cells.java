package io.safesegment.ui.campaign;

import io.safesegment.ui.common.ColumnWidths;
import io.safesegment.ui.common.TooltipCell;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Text columns with tooltips (nothing is cut off unreadably) and the number formats of the section. */
final class Cells {
    private Cells() {
    }

    static <T> void column(TableView<T> table, String title, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        TooltipCell.install(column);
        ColumnWidths.atLeast(column, 80); // the header is never cut off; the table scrolls sideways instead
        table.getColumns().add(column);
    }

    static String pct(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    static String interval(double[] ci) {
        return ci == null ? "–" : "[" + pct(ci[0]) + ", " + pct(ci[1]) + "]";
    }

    static String num(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.4g", v);
    }

    static String money(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
