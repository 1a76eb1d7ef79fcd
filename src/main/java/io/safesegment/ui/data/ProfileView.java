package io.safesegment.ui.data;

import io.safesegment.core.data.profile.ColumnProfile;
import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * Controller of {@code fxml/data/ProfileView.fxml}: the profile pane, statistics per column and the selected
 * column's histogram ({@link ProfilePanel} draws them). The profile is computed when the pane is first shown.
 */
public final class ProfileView {
    private final ProfileModel model;

    @FXML private Label profileSummary;
    @FXML private ProgressIndicator profileProgress;
    @FXML private TableView<ColumnProfile> profileTable;
    @FXML private Label histogramTitle;
    @FXML private StackPane histogramHolder;
    @FXML private Canvas histogram;
    @FXML private Label topValuesLabel;

    private ProfileView(ProfileModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    static Parent create(ProfileModel model) {
        return ViewLoader.load("data/ProfileView.fxml", new ProfileView(model));
    }

    @FXML
    private void initialize() {
        ProfilePanel.bind(model, profileTable, profileSummary, profileProgress, histogramTitle, histogramHolder,
                histogram, topValuesLabel);
    }
}
