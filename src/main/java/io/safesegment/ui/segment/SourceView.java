package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Controller of {@code fxml/segment/SourceView.fxml}: binds the source and dataset pickers. */
public final class SourceView {
    private final SourceViewModel model;

    @FXML private ComboBox<SourceViewModel.SourceKind> sourceBox;
    @FXML private ComboBox<String> customersDatasetBox;
    @FXML private ComboBox<String> transactionsDatasetBox;
    @FXML private Label sourceLabel;
    @FXML private Tooltip sourceTooltip;

    private SourceView(SourceViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(SourceViewModel model) {
        return ViewLoader.load("segment/SourceView.fxml", new SourceView(model));
    }

    @FXML
    private void initialize() {
        sourceBox.getItems().setAll(SourceViewModel.SourceKind.values());
        sourceBox.setConverter(SegmentColumns.converter(kind -> kind == SourceViewModel.SourceKind.WORKSPACE
                ? i18n("segments.source.workspace") : i18n("segments.source.loaded")));
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        sourceLabel.textProperty().bind(Bindings.createStringBinding(model::summary, model.sourceTextProperty(),
                model.usedDatasetsProperty()));
        sourceTooltip.textProperty().bind(sourceLabel.textProperty());
        customersDatasetBox.setItems(model.datasetChoices());
        customersDatasetBox.valueProperty().bindBidirectional(model.customersDatasetProperty());
        customersDatasetBox.disableProperty().bind(model.sourceProperty().isEqualTo(
                SourceViewModel.SourceKind.LOADED));
        transactionsDatasetBox.setItems(model.datasetChoices());
        transactionsDatasetBox.valueProperty().bindBidirectional(model.transactionsDatasetProperty());
    }
}
