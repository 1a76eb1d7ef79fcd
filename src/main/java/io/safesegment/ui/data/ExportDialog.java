package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** Controller of {@code fxml/data/ExportView.fxml}: format, BOM and the formula guard; OK asks where to write. */
final class ExportDialog {
    private final ExportModel model;

    @FXML private ComboBox<ExportFormat> formatBox;
    @FXML private CheckBox bomBox;
    @FXML private CheckBox keepFormulasBox;
    @FXML private Label formulaWarning;

    private ExportDialog(ExportModel model) {
        this.model = model;
    }

    static void show(ExportModel model, Scene owner) {
        Dialog<ButtonType> dialog = Dialogs.create(i18n("data.export.title"), i18n("data.export.header"),
                ViewLoader.load("data/ExportView.fxml", new ExportDialog(model)), owner);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == ButtonType.OK) {
                model.export();
            }
        });
        dialog.show();
    }

    @FXML
    private void initialize() {
        formatBox.getItems().setAll(ExportFormat.values());
        formatBox.setConverter(Columns.<ExportFormat>converter(format -> switch (format) {
            case CSV -> i18n("data.export.csv");
            case TSV -> i18n("data.export.tsv");
            case XLSX -> i18n("data.export.xlsx");
            case JSON -> i18n("data.export.json");
        }));
        formatBox.valueProperty().bindBidirectional(model.formatProperty());
        bomBox.selectedProperty().bindBidirectional(model.bomProperty());
        bomBox.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.CSV)
                .and(model.formatProperty().isNotEqualTo(ExportFormat.TSV)));
        keepFormulasBox.selectedProperty().bindBidirectional(model.keepFormulasProperty());
        formulaWarning.visibleProperty().bind(model.keepFormulasProperty());
        formulaWarning.managedProperty().bind(model.keepFormulasProperty());
    }
}
