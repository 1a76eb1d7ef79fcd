package io.safesegment.ui.segment;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Table columns and converters of the Segments panes, so each pane builds its tables the same way: text cells carry
 * their full text as a tooltip (narrow columns cut it off at 1280 px and in Chinese).
 */
final class SegmentColumns {
    private SegmentColumns() {
    }

    /** A read-only text column of {@code width} px whose cells show their full text on hover. */
    static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TooltipCell<>());
        column.setPrefWidth(width);
        return column;
    }

    /** A cell that shows its text and the same text as a tooltip. */
    static final class TooltipCell<S> extends TableCell<S, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    /** A one-way converter for combo boxes and choice cells. */
    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** "12.5%" (one decimal). */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
