package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.clean.CleaningStep;
import io.safesegment.ui.common.I18n;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import tech.tablesaw.api.Table;

/**
 * The dialog that adds one cleaning step: a small form per step type ({@link StepForms}, built in code because its
 * fields depend on the type) and an inline error. OK keeps the dialog open with the step's own validation message
 * when the step cannot be built.
 */
final class StepDialog {
    /** The step types offered in the "Add step" menu. */
    enum Kind { DROP_DUPLICATES, FILL_MISSING, DROP_MISSING, OUTLIERS, NORMALISE_TEXT, PARSE, SCALE, ONE_HOT, DERIVE }

    private StepDialog() {
    }

    /** Opens the form for {@code kind}; OK adds the step to the current dataset's pipeline. */
    static void show(Kind kind, DataViewModel model, Scene owner) {
        Table table = model.tableProperty().get();
        if (table == null) {
            return;
        }
        StepForm form = new StepForm(table.columnNames());
        Supplier<CleaningStep> step = StepForms.build(kind, form);
        Label error = new Label();
        error.setId("stepError");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        form.addWide(error);
        Dialog<ButtonType> dialog = Dialogs.create(i18n("data.clean.add.title"), title(kind), form.grid(), owner);
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
}
