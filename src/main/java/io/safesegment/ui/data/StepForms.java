package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;
import static io.safesegment.ui.data.StepForm.number;

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
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/**
 * The fields of each cleaning step type. Each case adds its controls to the form and returns how to build the step
 * from them; the step's own validation (compact constructors) decides what is acceptable.
 */
final class StepForms {
    private StepForms() {
    }

    /** Adds the fields of {@code kind} to {@code form}; the supplier builds the step (or throws why it cannot). */
    static Supplier<CleaningStep> build(StepDialog.Kind kind, StepForm form) {
        return switch (kind) {
            case DROP_DUPLICATES -> {
                ListView<String> keys = form.columnList(i18n("data.step.keys"));
                yield () -> new DropDuplicates(List.copyOf(keys.getSelectionModel().getSelectedItems()));
            }
            case DROP_MISSING -> {
                ListView<String> checked = form.columnList(i18n("data.step.checked"));
                yield () -> new DropMissing(List.copyOf(checked.getSelectionModel().getSelectedItems()));
            }
            case FILL_MISSING -> {
                ComboBox<String> column = form.column();
                ComboBox<FillMissing.Strategy> strategy = form.choice("stepStrategy", i18n("data.step.strategy"),
                        FillMissing.Strategy.values());
                TextField constant = form.text("stepConstant", i18n("data.step.constant"), "");
                yield () -> new FillMissing(column.getValue(), strategy.getValue(),
                        constant.getText().isEmpty() ? null : constant.getText());
            }
            case OUTLIERS -> {
                ComboBox<String> column = form.column();
                ComboBox<HandleOutliers.Method> method = form.choice("stepMethod", i18n("data.step.method"),
                        HandleOutliers.Method.values());
                TextField threshold = form.text("stepThreshold", i18n("data.step.threshold"), "1.5");
                ComboBox<HandleOutliers.Action> action = form.choice("stepAction", i18n("data.step.action"),
                        HandleOutliers.Action.values());
                yield () -> new HandleOutliers(column.getValue(), method.getValue(), number(threshold),
                        action.getValue());
            }
            case NORMALISE_TEXT -> {
                ComboBox<String> column = form.column();
                CheckBox trim = form.check("stepTrim", i18n("data.step.trim"));
                CheckBox collapse = form.check("stepCollapse", i18n("data.step.collapse"));
                ComboBox<NormaliseText.TextCase> textCase = form.choice("stepCase", i18n("data.step.case"),
                        NormaliseText.TextCase.values());
                yield () -> new NormaliseText(column.getValue(), trim.isSelected(), collapse.isSelected(),
                        textCase.getValue());
            }
            case PARSE -> {
                ComboBox<String> column = form.column();
                ComboBox<ColumnType> target = form.choice("stepTarget", i18n("data.step.target"), ColumnType.INTEGER,
                        ColumnType.DECIMAL, ColumnType.DATE, ColumnType.DATE_TIME);
                TextField pattern = form.text("stepPattern", i18n("data.step.pattern"), "");
                ComboBox<String> decimal = form.choice("stepDecimal", i18n("data.step.decimal"), ".", ",");
                yield () -> new ParseColumn(column.getValue(), target.getValue(),
                        pattern.getText().isBlank() ? null : pattern.getText().trim(), decimal.getValue().charAt(0));
            }
            case SCALE -> {
                ComboBox<String> column = form.column();
                ComboBox<ScaleColumn.Method> method = form.choice("stepMethod", i18n("data.step.method"),
                        ScaleColumn.Method.values());
                yield () -> new ScaleColumn(column.getValue(), method.getValue());
            }
            case ONE_HOT -> {
                ComboBox<String> column = form.column();
                TextField max = form.text("stepMaxCategories", i18n("data.step.maxcategories"), "50");
                CheckBox keep = form.check("stepKeep", i18n("data.step.keep"));
                yield () -> new OneHotEncode(column.getValue(), (int) number(max), keep.isSelected());
            }
            case DERIVE -> derive(form);
        };
    }

    private static Supplier<CleaningStep> derive(StepForm form) {
        ComboBox<String> column = form.column();
        ComboBox<DeriveColumn.Derivation> derivation = form.choice("stepDerivation", i18n("data.step.derivation"),
                DeriveColumn.Derivation.values());
        TextField target = form.text("stepNewColumn", i18n("data.step.newcolumn"), "");
        DatePicker asOf = new DatePicker(LocalDate.now());
        asOf.setId("stepAsOf");
        form.add(i18n("data.step.asof"), asOf);
        return () -> new DeriveColumn(column.getValue(), derivation.getValue(), target.getText().trim(),
                asOf.getValue());
    }
}
