package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/keys/RecipientEncryptPane.fxml}: recipient key, encrypt a file, verify the manifest. */
public final class RecipientEncryptView {
    private final RecipientEncryptViewModel model;

    @FXML private Button chooseRecipientButton;
    @FXML private Label recipientLabel;
    @FXML private TextField policyField;
    @FXML private Button encryptFileButton;
    @FXML private Label encryptResult;
    @FXML private Button verifyButton;
    @FXML private Label verifyResult;

    private RecipientEncryptView(RecipientEncryptViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(RecipientEncryptViewModel model) {
        return ViewLoader.load("keys/RecipientEncryptPane.fxml", new RecipientEncryptView(model));
    }

    @FXML
    private void initialize() {
        var locked = model.lockedBinding();
        chooseRecipientButton.disableProperty().bind(locked);
        recipientLabel.textProperty().bind(Bindings.createStringBinding(() -> model.recipientProperty().get() == null
                ? i18n("keys.recipient.none") : RecipientEncryptViewModel.describe(model.recipientProperty().get()),
                model.recipientProperty()));
        encryptFileButton.disableProperty().bind(locked.or(model.recipientProperty().isNull()));
        encryptResult.textProperty().bind(model.encryptResultProperty());
        verifyButton.disableProperty().bind(model.manifestProperty().isNull());
        verifyResult.textProperty().bind(model.verifyResultProperty());
        verifyResult.styleProperty().bind(Bindings.when(model.verifyOkProperty())
                .then("-fx-text-fill: #15803d; -fx-font-weight: bold;")
                .otherwise("-fx-text-fill: #c0392b; -fx-font-weight: bold;"));
    }

    @FXML
    private void chooseRecipient() {
        model.chooseRecipient();
    }

    @FXML
    private void encryptFile() {
        model.chooseAndEncrypt(policyField.getText());
    }

    @FXML
    private void verify() {
        model.verifyManifest();
    }
}
