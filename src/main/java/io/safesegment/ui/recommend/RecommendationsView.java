package io.safesegment.ui.recommend;

import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;

/**
 * Controller of {@code fxml/recommend/RecommendationsView.fxml}: the section's header, data summary and Cancel
 * button, with one tab per pane (each pane its own FXML, view and ViewModel).
 */
public final class RecommendationsView {
    private final RecommendationsViewModel model;

    @FXML private StackPane recommendationsView;
    @FXML private Label dataSummaryLabel;
    @FXML private Button cancelButton;
    @FXML private Tab dataTab;
    @FXML private Tab modelsTab;
    @FXML private Tab evaluationTab;
    @FXML private Tab previewTab;

    private RecommendationsView(RecommendationsViewModel model) {
        this.model = model;
    }

    /** Loads the Recommendations section for {@code model}. */
    public static Parent create(RecommendationsViewModel model) {
        return ViewLoader.load("recommend/RecommendationsView.fxml", new RecommendationsView(model));
    }

    @FXML
    private void initialize() {
        dataTab.setContent(DataPaneView.create(model.dataPane()));
        modelsTab.setContent(ModelsPaneView.create(model.modelsPane()));
        evaluationTab.setContent(EvaluationPaneView.create(model.evaluationPane()));
        previewTab.setContent(PreviewPaneView.create(model.previewPane()));
        dataSummaryLabel.textProperty().bind(model.dataSummaryProperty());
        cancelButton.disableProperty().bind(model.busyProperty().not());
        recommendationsView.sceneProperty().addListener((obs, old, now) -> model.setActive(now != null));
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
