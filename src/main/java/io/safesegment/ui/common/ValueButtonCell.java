package io.safesegment.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A combo-box button cell that always shows the combo box's value. The default button cell follows the selection
 * model, which JavaFX clears when the items are replaced ({@code setAll}) even though the value stays the same; the
 * box then looks empty while it still has a value. This cell listens to the value itself.
 *
 * @param <T> item type
 */
public final class ValueButtonCell<T> extends ListCell<T> {
    private final Function<T, String> text;

    private ValueButtonCell(Function<T, String> text) {
        this.text = text;
    }

    /** Installs the cell on {@code box}, showing its value through {@code text}. */
    public static <T> ValueButtonCell<T> install(ComboBox<T> box, Function<T, String> text) {
        ValueButtonCell<T> cell = new ValueButtonCell<>(text);
        box.setButtonCell(cell);
        box.valueProperty().addListener((obs, old, now) -> cell.show(now));
        box.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> cell.show(box.getValue()));
        cell.show(box.getValue());
        return cell;
    }

    private void show(T value) {
        updateItem(value, value == null);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
