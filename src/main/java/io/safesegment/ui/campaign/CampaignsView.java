package io.safesegment.ui.campaign;

import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;

/** Controller of {@code fxml/campaign/CampaignsView.fxml}: header, Cancel, one tab per pane. */
public final class CampaignsView {
    private final CampaignsViewModel model;

    @FXML private Button cancelButton;
    @FXML private Tab designTab;
    @FXML private Tab resultsTab;
    @FXML private Tab policiesTab;
    @FXML private Tab rulesTab;
    @FXML private Tab anomaliesTab;

    private CampaignsView(CampaignsViewModel model) {
        this.model = model;
    }

    /** Loads the Campaigns section for {@code model}. */
    public static Parent create(CampaignsViewModel model) {
        return ViewLoader.load("campaign/CampaignsView.fxml", new CampaignsView(model));
    }

    @FXML
    private void initialize() {
        designTab.setContent(DesignPaneView.create(model.design()));
        resultsTab.setContent(ResultsPaneView.create(model.results()));
        policiesTab.setContent(PoliciesPaneView.create(model.policies()));
        rulesTab.setContent(RulesPaneView.create(model.rules()));
        anomaliesTab.setContent(AnomaliesPaneView.create(model.anomalies()));
        cancelButton.disableProperty().bind(model.busyProperty().not());
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
