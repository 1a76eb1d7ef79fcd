package io.safesegment.ui.segment;

import io.safesegment.ui.common.ViewLoader;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code fxml/segment/SegmentsView.fxml}, the section shell: puts each pane's view in its slot, binds
 * the toolbar (seed, run, cancel, export) and the section's shortcuts.
 */
public final class SegmentsView {
    static final KeyCombination RUN_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final SegmentsViewModel model;

    @FXML private StackPane segmentsView;
    @FXML private VBox sourceSlot;
    @FXML private HBox actionsRow;
    @FXML private VBox sidePanes;
    @FXML private Tab scatterTab;
    @FXML private Tab profileTab;
    @FXML private Tab rfmTab;
    @FXML private Tab runsTab;
    @FXML private TextField seedField;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private Button exportButton;

    private final ChangeListener<Number> seedFollower = (obs, old, now) -> {
        if (!Long.toString(now.longValue()).equals(seedField.getText().strip())) {
            seedField.setText(Long.toString(now.longValue()));
        }
    };

    private SegmentsView(SegmentsViewModel model) {
        this.model = model;
    }

    /** Loads the section for {@code model}. */
    public static Parent create(SegmentsViewModel model) {
        return ViewLoader.load("segment/SegmentsView.fxml", new SegmentsView(model));
    }

    @FXML
    private void initialize() {
        sourceSlot.getChildren().setAll(SourceView.create(model.source()));
        actionsRow.getChildren().add(SourceView.summary(model.source()));
        sidePanes.getChildren().setAll(FeaturesView.create(model.features()), AlgorithmView.create(model.algorithm()),
                KScoringView.create(model.scoring()));
        scatterTab.setContent(ScatterView.create(model.scatter()));
        profileTab.setContent(ProfilesView.create(model.profiles()));
        rfmTab.setContent(RfmView.create(model.rfm()));
        runsTab.setContent(RunsView.create(model.history(), model.busyProperty()));

        seedField.setText(Long.toString(model.settings().seedProperty().get()));
        seedField.textProperty().addListener((obs, old, now) -> SegmentText.parseLong(now,
                model.settings().seedProperty()::set));
        // The seed can also be set by the model (the guided demo, a run picked from the history): show it.
        model.settings().seedProperty().addListener(new WeakChangeListener<>(seedFollower));
        runButton.disableProperty().bind(model.busyProperty());
        cancelButton.disableProperty().bind(model.busyProperty().not());
        exportButton.disableProperty().bind(model.noRun());
        segmentsView.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.getAccelerators().remove(RUN_KEY);
                old.getAccelerators().remove(EXPORT_KEY);
            }
            if (now != null) {
                installShortcuts(now);
            }
            model.setActive(now != null);
        });
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(RUN_KEY, this::run);
        scene.getAccelerators().put(EXPORT_KEY, this::exportAssignments);
    }

    @FXML
    private void run() {
        model.run();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void exportAssignments() {
        model.exportAssignments();
    }
}
