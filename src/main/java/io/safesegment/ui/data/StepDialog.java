package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.clean.CleaningStep;
import io.safesegment.core.data.clean.DeriveColumn;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.clean.DropMissing;
import io.safesegment.core.data.clean.FillMissing;
import io.safesegment.core.data.clean.HandleOutliers;
import io.safesegment.core.data.clean.NormaliseText;
import io.safesegment.core.data.clean.OneHotEncode;
import io.safesegment.core.data.clean.ParseColumn;
import io.safesegment.core.data.clean.ScaleColumn;
import io.safesegment.ui.common.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import tech.tablesaw.api.Table;

/**
 * A small form per cleaning step type. The form is built in code because its fields depend on the step type; the
 * step's own validation (compact constructors) decides what is acceptable and its message is shown in the form.
 */
final class StepDialog {
    /** The step types offered in the "Add step" menu. */
    enum Kind { DROP_DUPLICATES, FILL_MISSING, DROP_MISSING, OUTLIERS, NORMALISE_TEXT, PARSE, SCALE, ONE_HOT, DERIVE }

    private final GridPane form = new GridPane();
    private final List<String> columns;
    private int row;

    private StepDialog(Table table) {
        this.columns = table.columnNames();
        form.setHgap(10);
        form.setVgap(10);
        form.getStyleClass().add("step-form");
    }

    /** Opens the form for {@code kind}; OK adds the step to the current dataset's pipeline. */
    static void show(Kind kind, DataViewModel model, Scene owner) {
        Table table = model.tableProperty().get();
        if (table == null) {
            return;
        }
        StepDialog form = new StepDialog(table);
        Supplier<CleaningStep> step = form.build(kind);
        Label error = new Label();
        error.setId("stepError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        form.form.add(error, 0, form.row++, 2, 1);
        Dialog<ButtonType> dialog = Dialogs.create(i18n("data.clean.add.title"), title(kind), form.form, owner);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                model.cleaning().add(step.get());
            } catch (IllegalArgumentException e) {
                error.setText(I18n.message(e));
                event.consume();
            }
        });
        dialog.show();
    }

    private static String title(Kind kind) {
        return switch (kind) {
            case DROP_DUPLICATES -> i18n("data.step.dropduplicates");
            case FILL_MISSING -> i18n("data.step.fillmissing");
            case DROP_MISSING -> i18n("data.step.dropmissing");
            case OUTLIERS -> i18n("data.step.outliers");
            case NORMALISE_TEXT -> i18n("data.step.normalise");
            case PARSE -> i18n("data.step.parse");
            case SCALE -> i18n("data.step.scale");
            case ONE_HOT -> i18n("data.step.onehot");
            case DERIVE -> i18n("data.step.derive");
        };
    }

    private Supplier<CleaningStep> build(Kind kind) {
        return switch (kind) {
            case DROP_DUPLICATES -> {
                ListView<String> keys = columnList(i18n("data.step.keys"));
                yield () -> new DropDuplicates(List.copyOf(keys.getSelectionModel().getSelectedItems()));
            }
            case DROP_MISSING -> {
                ListView<String> checked = columnList(i18n("data.step.checked"));
                yield () -> new DropMissing(List.copyOf(checked.getSelectionModel().getSelectedItems()));
            }
            case FILL_MISSING -> {
                ComboBox<String> column = column();
                ComboBox<FillMissing.Strategy> strategy = choice("stepStrategy", i18n("data.step.strategy"),
                        FillMissing.Strategy.values());
                TextField constant = text("stepConstant", i18n("data.step.constant"), "");
                yield () -> new FillMissing(column.getValue(), strategy.getValue(),
                        constant.getText().isEmpty() ? null : constant.getText());
            }
            case OUTLIERS -> {
                ComboBox<String> column = column();
                ComboBox<HandleOutliers.Method> method = choice("stepMethod", i18n("data.step.method"),
                        HandleOutliers.Method.values());
                TextField threshold = text("stepThreshold", i18n("data.step.threshold"), "1.5");
                ComboBox<HandleOutliers.Action> action = choice("stepAction", i18n("data.step.action"),
                        HandleOutliers.Action.values());
                yield () -> new HandleOutliers(column.getValue(), method.getValue(), number(threshold),
                        action.getValue());
            }
            case NORMALISE_TEXT -> {
                ComboBox<String> column = column();
                CheckBox trim = check("stepTrim", i18n("data.step.trim"));
                CheckBox collapse = check("stepCollapse", i18n("data.step.collapse"));
                ComboBox<NormaliseText.TextCase> textCase = choice("stepCase", i18n("data.step.case"),
                        NormaliseText.TextCase.values());
                yield () -> new NormaliseText(column.getValue(), trim.isSelected(), collapse.isSelected(),
                        textCase.getValue());
            }
            case PARSE -> {
                ComboBox<String> column = column();
                ComboBox<ColumnType> target = choice("stepTarget", i18n("data.step.target"), ColumnType.INTEGER,
                        ColumnType.DECIMAL, ColumnType.DATE, ColumnType.DATE_TIME);
                TextField pattern = text("stepPattern", i18n("data.step.pattern"), "");
                ComboBox<String> decimal = choice("stepDecimal", i18n("data.step.decimal"), ".", ",");
                yield () -> new ParseColumn(column.getValue(), target.getValue(),
                        pattern.getText().isBlank() ? null : pattern.getText().trim(), decimal.getValue().charAt(0));
            }
            case SCALE -> {
                ComboBox<String> column = column();
                ComboBox<ScaleColumn.Method> method = choice("stepMethod", i18n("data.step.method"),
                        ScaleColumn.Method.values());
                yield () -> new ScaleColumn(column.getValue(), method.getValue());
            }
            case ONE_HOT -> {
                ComboBox<String> column = column();
                TextField max = text("stepMaxCategories", i18n("data.step.maxcategories"), "50");
                CheckBox keep = check("stepKeep", i18n("data.step.keep"));
                yield () -> new OneHotEncode(column.getValue(), (int) number(max), keep.isSelected());
            }
            case DERIVE -> {
                ComboBox<String> column = column();
                ComboBox<DeriveColumn.Derivation> derivation = choice("stepDerivation",
                        i18n("data.step.derivation"), DeriveColumn.Derivation.values());
                TextField target = text("stepNewColumn", i18n("data.step.newcolumn"), "");
                DatePicker asOf = new DatePicker(LocalDate.now());
                asOf.setId("stepAsOf");
                add(i18n("data.step.asof"), asOf);
                yield () -> new DeriveColumn(column.getValue(), derivation.getValue(), target.getText().trim(),
                        asOf.getValue());
            }
        };
    }

    private ComboBox<String> column() {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(columns);
        box.setId("stepColumn");
        box.setPrefWidth(260);
        add(i18n("data.step.column"), box);
        return box;
    }

    private ListView<String> columnList(String label) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(columns);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefHeight(180);
        list.setId("stepColumns");
        add(label, list);
        return list;
    }

    @SafeVarargs
    private <T> ComboBox<T> choice(String id, String label, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.getSelectionModel().selectFirst();
        box.setId(id);
        add(label, box);
        return box;
    }

    private TextField text(String id, String label, String initial) {
        TextField field = new TextField(initial);
        field.setId(id);
        add(label, field);
        return field;
    }

    private CheckBox check(String id, String label) {
        CheckBox box = new CheckBox(label);
        box.setSelected(true);
        box.setId(id);
        add("", box);
        return box;
    }

    private void add(String label, Node control) {
        form.add(new Label(label), 0, row);
        form.add(control, 1, row++);
    }

    private static double number(TextField field) {
        try {
            return Double.parseDouble(field.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(i18n("data.step.notanumber", field.getText()));
        }
    }
}
