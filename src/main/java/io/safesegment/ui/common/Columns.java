package io.safesegment.ui.common;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The table columns, list cells, converters and number texts every section builds its tables from, so a cut-off
 * cell always carries its full text as a tooltip (the clipping test accepts nothing else) and numbers read the same
 * in every pane. Sections keep their own factories only for columns nobody else has (a policy check, a confidence
 * bar).
 */
public final class Columns {
    private Columns() {
    }

    /** A read-only text column of {@code width} px showing {@code value} of each row, with {@link TooltipCell}s. */
    public static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        return observable(title, width, row -> new ReadOnlyObjectWrapper<>(value.apply(row)));
    }

    /** A text column that keeps the rows in their given order (review and preview rows are not sortable). */
    public static <S> TableColumn<S, String> unsorted(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = text(title, width, value);
        column.setSortable(false);
        return column;
    }

    /** Like {@link #text}, over a property of the row (the cell follows the property's changes). */
    public static <S> TableColumn<S, String> observable(String title, double width,
                                                        Function<S, ObservableValue<String>> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        TooltipCell.install(column);
        column.setPrefWidth(width);
        return column;
    }

    /** Makes an existing (FXML or generated) column's cells carry their full text as a tooltip. */
    public static <S> void withTooltips(TableColumn<S, String> column) {
        TooltipCell.install(column);
    }

    /**
     * Fills {@code column} with {@code text} of each row; each non-empty cell's tooltip shows the cell's full text and
     * then {@code detail} of the row (e.g. the row as JSON), or only the detail when it already contains the text.
     */
    public static <S> void textWithDetail(TableColumn<S, String> column, Function<S, String> text,
                                          Function<S, String> detail) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(row == null || item == null || item.isEmpty() ? null
                        : new Tooltip(tipText(item, detail.apply(row))));
            }
        });
    }

    static String tipText(String item, String detail) {
        if (detail == null || detail.isEmpty()) {
            return item;
        }
        return detail.contains(item) ? detail : item + "\n\n" + detail;
    }

    /** Cells of {@code list} that wrap their text to the list's width instead of cutting it off. */
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

    /** A one-way converter for combo boxes and choice cells: {@code text} of the value, "" for none. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null; // choices are picked, never typed
            }
        };
    }

    /** A converter over a fixed list of {@code choices}: a text converts back to the choice that shows it. */
    public static <T> StringConverter<T> converter(List<T> choices, Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return choices.stream().filter(c -> text.apply(c).equals(string)).findFirst().orElse(null);
            }
        };
    }

    /** A count with the UI language's grouping ("5,007"). */
    public static String count(long value) {
        return NumberFormat.getIntegerInstance(I18n.locale()).format(value);
    }

    /** A number with {@code decimals} fraction digits and the UI language's grouping ("1,234.50"). */
    public static String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(I18n.locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A share as a percentage with one decimal ("12.5%"); the same in both languages. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
