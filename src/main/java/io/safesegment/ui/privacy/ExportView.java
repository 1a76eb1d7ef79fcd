package io.safesegment.ui.privacy;

import io.safesegment.ui.common.ViewLoader;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** Controller of {@code fxml/privacy/ExportView.fxml}: the outcome of the last export and "Export anyway…". */
public final class ExportView {
    private final ExportViewModel model;
    private final ChangeListener<Object> stateListener = (obs, old, now) -> style();

    @FXML private Label exportMessageLabel;
    @FXML private Button exportAnywayButton;

    private ExportView(ExportViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(ExportViewModel model) {
        return ViewLoader.load("privacy/ExportView.fxml", new ExportView(model));
    }

    @FXML
    private void initialize() {
        exportMessageLabel.textProperty().bind(model.messageProperty());
        exportAnywayButton.visibleProperty().bind(model.exportAnywayAvailable());
        exportAnywayButton.managedProperty().bind(exportAnywayButton.visibleProperty());
        model.exportStateProperty().addListener(new WeakChangeListener<>(stateListener));
        style();
    }

    private void style() {
        exportMessageLabel.getStyleClass().removeAll("export-blocked", "export-written");
        switch (model.exportStateProperty().get()) {
            case BLOCKED, REFUSED -> exportMessageLabel.getStyleClass().add("export-blocked");
            case WRITTEN -> exportMessageLabel.getStyleClass().add("export-written");
            default -> { }
        }
    }

    @FXML
    private void exportAnyway() {
        model.exportAnyway();
    }
}
