package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The grid of a cleaning step's form: one labelled control per row, added by the typed helpers below so every step
 * form looks alike (ids for tests, the same widths and defaults).
 */
final class StepForm {
    private final GridPane grid = new GridPane();
    private final List<String> columns;
    private int row;

    StepForm(List<String> columns) {
        this.columns = List.copyOf(columns);
        grid.setHgap(10);
        grid.setVgap(10);
        grid.getStyleClass().add("step-form");
    }

    /** The form's node, for the dialog. */
    GridPane grid() {
        return grid;
    }

    /** Adds {@code node} across both columns on a row of its own (the inline error). */
    void addWide(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    /** A picker of one of the dataset's columns. */
    ComboBox<String> column() {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(columns);
        box.setId("stepColumn");
        box.setPrefWidth(260);
        add(i18n("data.step.column"), box);
        return box;
    }

    /** A list of the dataset's columns with several selectable. */
    ListView<String> columnList(String label) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(columns);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefHeight(180);
        list.setId("stepColumns");
        add(label, list);
        return list;
    }

    /** A choice among {@code values}, the first selected. */
    @SafeVarargs
    final <T> ComboBox<T> choice(String id, String label, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.getSelectionModel().selectFirst();
        box.setId(id);
        add(label, box);
        return box;
    }

    /** A text field starting at {@code initial}. */
    TextField text(String id, String label, String initial) {
        TextField field = new TextField(initial);
        field.setId(id);
        add(label, field);
        return field;
    }

    /** A check box, checked. */
    CheckBox check(String id, String label) {
        CheckBox box = new CheckBox(label);
        box.setSelected(true);
        box.setId(id);
        add("", box);
        return box;
    }

    /** Adds {@code control} with its label on the next row. */
    void add(String label, Node control) {
        grid.add(new Label(label), 0, row);
        grid.add(control, 1, row++);
    }

    /** The field's number; an {@link IllegalArgumentException} naming the text when it is none. */
    static double number(TextField field) {
        try {
            return Double.parseDouble(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(i18n("data.step.notanumber", field.getText()));
        }
    }
}
