package io.safesegment.ui.shell;

import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** Controller of {@code fxml/shell/PlaceholderView.fxml}: an honest "coming later" page for an unbuilt section. */
public final class PlaceholderView {
    private final Section section;

    @FXML private Label placeholderTitle;
    @FXML private Label placeholderDescription;

    private PlaceholderView(Section section) {
        this.section = section;
    }

    /** Loads the placeholder page for {@code section}. */
    public static Parent create(Section section) {
        return ViewLoader.load("shell/PlaceholderView.fxml", new PlaceholderView(section));
    }

    @FXML
    private void initialize() {
        placeholderTitle.setText(section.title());
        placeholderDescription.setText(section.description());
    }
}
