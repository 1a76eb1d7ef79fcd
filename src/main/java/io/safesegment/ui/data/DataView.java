package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import io.safesegment.ui.common.ViewLoader;

/** Controller of {@code fxml/data/DataView.fxml}: binds the dataset list and preview to {@link DataViewModel}. */
public final class DataView {
    private final DataViewModel model;

    @FXML private ListView<DatasetItem> datasetList;
    @FXML private Button loadButton;
    @FXML private Label tableTitle;
    @FXML private Label summaryLabel;
    @FXML private TableView<Integer> previewTable;

    private DataView(DataViewModel model) {
        this.model = model;
    }

    /** Loads the view for {@code model}. */
    public static Parent create(DataViewModel model) {
        return ViewLoader.load("data/DataView.fxml", new DataView(model));
    }

    @FXML
    private void initialize() {
        datasetList.setItems(model.datasets());
        datasetList.setCellFactory(list -> new DatasetCell());
        datasetList.getSelectionModel().select(model.selectedProperty().get());
        datasetList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> datasetList.getSelectionModel().select(now));
        datasetList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.loadSelected();
            }
        });
        loadButton.disableProperty().bind(model.loadDisabled());
        tableTitle.textProperty().bind(Bindings.when(model.tableNameProperty().isEmpty())
                .then(i18n("data.preview.none")).otherwise(model.tableNameProperty()));
        summaryLabel.textProperty().bind(model.summaryProperty());
        TablePreview.show(previewTable, model.tableProperty().get());
        model.tableProperty().addListener((obs, old, now) -> TablePreview.show(previewTable, now));
    }

    @FXML
    private void load() {
        model.loadSelected();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    /** Shows a dataset's name with its size, and a hint when its file has gone missing. */
    private static final class DatasetCell extends ListCell<DatasetItem> {
        @Override
        protected void updateItem(DatasetItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.exists() ? i18n("data.item", item.name(), Formats.bytes(item.sizeBytes()))
                    : i18n("data.item.missing", item.name()));
            setTooltip(new Tooltip(item.path().toString()));
        }
    }
}
