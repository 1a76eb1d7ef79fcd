package io.safesegment.ui.privacy;

import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.Map;

/**
 * Controller of {@code fxml/privacy/PrivacyView.fxml}: the section's header and toolbar, with the panes (personal
 * data, policy editor, review and export) loaded into its tabs. Binds and forwards only.
 */
public final class PrivacyView {
    static final KeyCombination EXPORT_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DETECT_KEY = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination APPLY_KEY = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UNDO_KEY = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_KEY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFT_KEY = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final PrivacyViewModel model;
    private final Map<KeyCombination, Runnable> shortcuts;

    @FXML private StackPane privacyView;
    @FXML private VBox emptyState;
    @FXML private VBox mainPane;
    @FXML private Label datasetLabel;
    @FXML private Label policyLocationLabel;
    @FXML private Label demoKeyNotice;
    @FXML private Label dirtyMarker;
    @FXML private Button detectButton;
    @FXML private Button acceptButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button applyButton;
    @FXML private Button exportButton;
    @FXML private TabPane tabs;
    @FXML private Tab personalTab;
    @FXML private Tab policyTab;
    @FXML private Tab reviewTab;
    @FXML private Tab anonymiseTab;

    private PrivacyView(PrivacyViewModel model) {
        this.model = model;
        this.shortcuts = Map.of(EXPORT_KEY, this::export, DETECT_KEY, this::detect, APPLY_KEY, this::apply,
                UNDO_KEY, this::undo, REDO_KEY, this::redo, REDO_SHIFT_KEY, this::redo);
    }

    /** Loads the view for {@code model}. */
    public static Parent create(PrivacyViewModel model) {
        return ViewLoader.load("privacy/PrivacyView.fxml", new PrivacyView(model));
    }

    @FXML
    private void initialize() {
        emptyState.visibleProperty().bind(model.hasTable().not());
        mainPane.visibleProperty().bind(model.hasTable());
        datasetLabel.textProperty().bind(model.datasetName());
        policyLocationLabel.textProperty().bind(model.policyLocationProperty());
        demoKeyNotice.visibleProperty().bind(model.demoKeyProperty());
        demoKeyNotice.managedProperty().bind(model.demoKeyProperty());
        PolicyEditorViewModel editor = model.editor();
        dirtyMarker.visibleProperty().bind(editor.dirtyProperty());
        dirtyMarker.managedProperty().bind(editor.dirtyProperty());
        detectButton.disableProperty().bind(model.detection().detectingProperty());
        acceptButton.disableProperty().bind(editor.acceptDisabled());
        undoButton.disableProperty().bind(editor.canUndoProperty().not());
        redoButton.disableProperty().bind(editor.canRedoProperty().not());
        applyButton.disableProperty().bind(editor.applyDisabled());
        exportButton.disableProperty().bind(model.export().exportDisabled());
        personalTab.setContent(DetectionView.create(model.detection()));
        policyTab.setContent(PolicyEditorView.create(editor, model.form()));
        reviewTab.setContent(ReviewView.create(model.review(), model.export()));
        anonymiseTab.setContent(AnonymiseView.create(model.anonymise()));

        privacyView.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                shortcuts.keySet().forEach(old.getAccelerators()::remove);
            }
            if (now != null) {
                installShortcuts(now);
            }
            model.setActive(now != null);
        });
    }

    private void installShortcuts(Scene scene) {
        shortcuts.forEach(scene.getAccelerators()::put);
    }

    @FXML
    private void detect() {
        model.detection().detect();
    }

    @FXML
    private void acceptSuggested() {
        model.editor().acceptSuggested();
    }

    @FXML
    private void apply() {
        model.editor().apply();
    }

    @FXML
    private void undo() {
        model.editor().undo();
    }

    @FXML
    private void redo() {
        model.editor().redo();
    }

    @FXML
    private void export() {
        tabs.getSelectionModel().select(reviewTab);
        model.export().export();
    }

    @FXML
    private void showData() {
        model.showData();
    }
}
