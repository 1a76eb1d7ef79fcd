package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Controller of {@code fxml/segment/SourceView.fxml}: binds the source and dataset pickers. */
public final class SourceView {
    private final SourceViewModel model;

    @FXML private ComboBox<SourceViewModel.SourceKind> sourceBox;
    @FXML private ComboBox<String> customersDatasetBox;
    @FXML private ComboBox<String> transactionsDatasetBox;

    private SourceView(SourceViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(SourceViewModel model) {
        return ViewLoader.load("segment/SourceView.fxml", new SourceView(model));
    }

    /**
     * The summary of what a run reads ("300 customers · 2,310 transactions · from …"). It sits in the actions row
     * beside Run, which has room for it; beside the pickers it was cut off at 1280 px.
     */
    public static Label summary(SourceViewModel model) {
        Label label = new Label();
        label.setId("sourceLabel");
        label.getStyleClass().add("summary");
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.textProperty().bind(Bindings.createStringBinding(model::summary, model.sourceTextProperty(),
                model.usedDatasetsProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty());
        label.setTooltip(tip);
        return label;
    }

    @FXML
    private void initialize() {
        sourceBox.getItems().setAll(SourceViewModel.SourceKind.values());
        sourceBox.setConverter(Columns.converter(kind -> kind == SourceViewModel.SourceKind.WORKSPACE
                ? i18n("segments.source.workspace") : i18n("segments.source.loaded")));
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        customersDatasetBox.setItems(model.datasetChoices());
        customersDatasetBox.valueProperty().bindBidirectional(model.customersDatasetProperty());
        customersDatasetBox.disableProperty().bind(model.sourceProperty().isEqualTo(
                SourceViewModel.SourceKind.LOADED));
        transactionsDatasetBox.setItems(model.datasetChoices());
        transactionsDatasetBox.valueProperty().bindBidirectional(model.transactionsDatasetProperty());
    }
}
