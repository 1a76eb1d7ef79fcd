package io.safesegment.ui.value;

import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/value/ValueView.fxml}: header, input files, Cancel, and the CLV and intent tabs. */
public final class ValueView {
    private final ValueViewModel model;

    @FXML private TextField customersField;
    @FXML private TextField transactionsField;
    @FXML private Button cancelButton;
    @FXML private Tab clvTab;
    @FXML private Tab intentTab;

    private ValueView(ValueViewModel model) {
        this.model = model;
    }

    /** Loads the Value section for {@code model}. */
    public static Parent create(ValueViewModel model) {
        return ViewLoader.load("value/ValueView.fxml", new ValueView(model));
    }

    @FXML
    private void initialize() {
        customersField.textProperty().bindBidirectional(model.customersFileProperty());
        transactionsField.textProperty().bindBidirectional(model.transactionsFileProperty());
        cancelButton.disableProperty().bind(model.busyProperty().not());
        clvTab.setContent(ClvPaneView.create(model.clv(), model.busyProperty()));
        intentTab.setContent(IntentPaneView.create(model.intent(), model.busyProperty()));
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
