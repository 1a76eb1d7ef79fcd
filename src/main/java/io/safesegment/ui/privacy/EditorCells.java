package io.safesegment.ui.privacy;

import io.safesegment.ui.common.Columns;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * Always-editable table cells for the privacy tables: a combo box or a text field that writes straight into a
 * {@link ColumnRow} property (the ViewModel reacts to the change). Cells are reused while scrolling, so the control
 * is re-filled from the row in {@code updateItem} with a guard that keeps that from counting as an edit.
 */
final class EditorCells {
    private EditorCells() {
    }

    /** A combo box cell choosing among {@code choices}, shown through {@code label}. */
    static <T> TableCell<ColumnRow, T> combo(List<T> choices, Function<T, String> label,
                                             Function<ColumnRow, Property<T>> property, String styleClass) {
        return new TableCell<>() {
            private final ComboBox<T> box = new ComboBox<>();
            private boolean filling;

            {
                box.getItems().setAll(choices);
                box.setMaxWidth(Double.MAX_VALUE);
                box.getStyleClass().add(styleClass);
                box.setConverter(Columns.converter(choices, label));
                box.setCellFactory(list -> new ListCell<>() {
                    @Override
                    protected void updateItem(T item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : label.apply(item));
                    }
                });
                box.valueProperty().addListener((obs, old, now) -> {
                    ColumnRow row = getTableRow() == null ? null : getTableRow().getItem();
                    if (!filling && row != null && now != null) {
                        property.apply(row).setValue(now);
                    }
                });
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty) {
                    setGraphic(null);
                    return;
                }
                filling = true;
                try {
                    box.setValue(item);
                } finally {
                    filling = false;
                }
                setGraphic(box);
            }
        };
    }

    /** A text field cell; Enter or leaving the field commits the text, Escape reverts it to the row's value. */
    static TableCell<ColumnRow, String> text(Function<ColumnRow, Property<String>> property, String prompt) {
        return new TableCell<>() {
            private final TextField field = new TextField();

            {
                field.setPromptText(prompt);
                field.getStyleClass().add("params-field");
                field.setOnAction(e -> commit());
                field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        revert();
                        e.consume(); // the edit is undone here; Escape must not also close or leave anything
                    }
                });
                field.focusedProperty().addListener((obs, was, now) -> {
                    if (!now) {
                        commit();
                    }
                });
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            /** Shows the row's value again: the typed text was never committed, so nothing else changes. */
            private void revert() {
                ColumnRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    String value = property.apply(row).getValue();
                    field.setText(value == null ? "" : value);
                    field.end();
                }
            }

            private void commit() {
                ColumnRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !field.getText().equals(property.apply(row).getValue())) {
                    property.apply(row).setValue(field.getText());
                }
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty) {
                    setGraphic(null);
                    return;
                }
                field.setText(item == null ? "" : item);
                field.setTooltip(item == null || item.isEmpty() ? null : new Tooltip(item));
                setGraphic(field);
            }
        };
    }
}
