package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code fxml/data/ImportPreviewView.fxml}: for delimited text the detected format (editable; changes
 * re-read the preview), for every file the first {@value CsvImport#PREVIEW_ROWS} rows and a type box in every column header. OK loads the file.
 */
final class ImportPreviewDialog {
    private final ImportPreviewModel preview;

    @FXML private ComboBox<String> encodingBox;
    @FXML private ComboBox<String> delimiterBox;
    @FXML private ComboBox<String> decimalBox;
    @FXML private CheckBox headerBox;
    @FXML private CheckBox skipBox;
    @FXML private Label errorLabel;
    @FXML private Label warningsLabel;
    @FXML private TableView<List<String>> rowsTable;
    @FXML private javafx.scene.layout.HBox formatBar;

    private ImportPreviewDialog(ImportPreviewModel preview) {
        this.preview = preview;
    }

    static void show(DatasetListViewModel model, ImportPreviewModel preview, Scene owner) {
        Parent content = ViewLoader.load("data/ImportPreviewView.fxml", new ImportPreviewDialog(preview));
        ButtonType load = new ButtonType(i18n("data.import.load"), ButtonType.OK.getButtonData());
        Dialog<ButtonType> dialog = Dialogs.create(i18n("data.import.title"),
                i18n("data.import.header.text", preview.file().getFileName()), content, owner, load,
                ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(load).setId("importLoadButton");
        dialog.getDialogPane().lookupButton(load).disableProperty().bind(preview.errorProperty().isNotEmpty());
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == load) {
                model.confirmImport(preview);
            } else {
                model.cancelImport();
            }
        });
        dialog.show();
    }

    @FXML
    private void initialize() {
        // Excel and JSON have no delimiter, encoding or header settings: only the types are chosen.
        formatBar.setVisible(preview.delimited());
        formatBar.setManaged(preview.delimited());
        encodingBox.getItems().setAll(ImportPreviewModel.ENCODINGS);
        encodingBox.valueProperty().bindBidirectional(preview.encodingProperty());
        delimiterBox.getItems().setAll(ImportPreviewModel.DELIMITERS);
        delimiterBox.valueProperty().bindBidirectional(preview.delimiterProperty());
        decimalBox.getItems().setAll(".", ",");
        decimalBox.valueProperty().bindBidirectional(preview.decimalSeparatorProperty());
        headerBox.selectedProperty().bindBidirectional(preview.headerProperty());
        skipBox.selectedProperty().bindBidirectional(preview.skipBadRowsProperty());
        errorLabel.textProperty().bind(preview.errorProperty());
        errorLabel.managedProperty().bind(preview.errorProperty().isNotEmpty());
        warningsLabel.textProperty().bind(preview.warningsProperty());
        warningsLabel.managedProperty().bind(preview.warningsProperty().isNotEmpty());
        rowsTable.setItems(preview.rows());
        buildColumns();
        preview.columns().addListener((javafx.collections.ListChangeListener<ImportColumn>) change -> buildColumns());
    }

    private void buildColumns() {
        rowsTable.getColumns().clear();
        for (int i = 0; i < preview.columns().size(); i++) {
            ImportColumn column = preview.columns().get(i);
            int index = i;
            TableColumn<List<String>, String> tc = new TableColumn<>();
            tc.setSortable(false);
            tc.setPrefWidth(150);
            tc.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            Columns.withTooltips(tc);
            ComboBox<ColumnType> type = new ComboBox<>();
            type.getItems().setAll(ColumnType.values());
            type.valueProperty().bindBidirectional(column.chosenProperty());
            type.setId("type-" + column.name());
            type.getStyleClass().add("type-box");
            type.setMaxWidth(Double.MAX_VALUE);
            type.setMinWidth(Region.USE_PREF_SIZE); // the longest type name stays readable
            Label name = new Label(column.name());
            name.getStyleClass().add("import-column-name");
            VBox header = new VBox(4, name, type);
            header.getStyleClass().add("import-column-header");
            tc.setGraphic(header);
            rowsTable.getColumns().add(tc);
        }
    }
}
