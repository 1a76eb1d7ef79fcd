package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.PrivacyService.ValuePreview;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code fxml/privacy/RuleFormView.fxml}: one typed control per parameter of the selected rule
 * (check box, choice, or text field with the default as prompt), its range hint and inline error, and the live
 * preview. Enter, leaving a field or picking a value commits; Escape reverts the field.
 */
public final class RuleFormView {
    private final RuleFormViewModel model;
    private final ListChangeListener<ParamField> rebuild = c -> build();

    @FXML private Label formTitle;
    @FXML private GridPane fieldGrid;
    @FXML private Label previewError;
    @FXML private TableView<ValuePreview> previewTable;

    private RuleFormView(RuleFormViewModel model) {
        this.model = model;
    }

    /** Loads the form for {@code model}. */
    public static Parent create(RuleFormViewModel model) {
        return ViewLoader.load("privacy/RuleFormView.fxml", new RuleFormView(model));
    }

    @FXML
    private void initialize() {
        formTitle.textProperty().bind(model.titleProperty());
        previewError.textProperty().bind(model.previewErrorProperty());
        previewError.visibleProperty().bind(model.previewErrorProperty().isNotEmpty());
        previewError.managedProperty().bind(previewError.visibleProperty());
        previewTable.setItems(model.preview());
        previewTable.getColumns().setAll(
                Columns.unsorted(i18n("privacy.compare.original"), 120, ValuePreview::before),
                Columns.unsorted(i18n("privacy.compare.masked"), 120, ValuePreview::after));
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.fields().addListener(new WeakListChangeListener<>(rebuild));
        build();
    }

    private void build() {
        fieldGrid.getChildren().clear();
        if (model.fields().isEmpty()) {
            fieldGrid.add(wrapped(i18n("privacy.form.noparams"), "summary"), 0, 0, 2, 1);
            return;
        }
        int row = 0;
        for (ParamField f : model.fields()) {
            Label name = new Label(f.name());
            name.setMinWidth(Label.USE_PREF_SIZE);
            fieldGrid.add(name, 0, row);
            Label error = wrapped("", "field-error");
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            fieldGrid.add(new VBox(2, control(f), wrapped(f.hint(), "field-hint"), error), 1, row++);
        }
    }

    private Node control(ParamField f) {
        if (f.isBoolean()) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.parseBoolean(f.textProperty().get().isEmpty() ? f.defaultText()
                    : f.textProperty().get()));
            box.setOnAction(e -> {
                f.textProperty().set(String.valueOf(box.isSelected()));
                model.commit(f);
            });
            box.getStyleClass().add("param-" + f.name());
            return box;
        }
        if (!f.choices().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(f.choices());
            box.setValue(f.textProperty().get().isEmpty() ? f.defaultText() : f.textProperty().get());
            box.setOnAction(e -> {
                f.textProperty().set(box.getValue());
                model.commit(f);
            });
            box.getStyleClass().add("param-" + f.name());
            return box;
        }
        TextField field = new TextField();
        field.textProperty().bindBidirectional(f.textProperty());
        field.setPromptText(f.defaultText());
        field.getStyleClass().add("param-" + f.name());
        field.setOnAction(e -> model.commit(f));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.commit(f);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.revert(f);
                e.consume();
            }
        });
        return field;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
