package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Controller of {@code fxml/keys/KeysView.fxml}: the vault status with unlock/lock, the key list pane in the centre
 * and the master-password, OpenPGP-key and recipient panes on the right (each its own FXML, view and ViewModel).
 */
public final class KeysView {
    private final KeysViewModel model;

    @FXML private Label vaultStatus;
    @FXML private Button unlockVaultButton;
    @FXML private Button lockButton;
    @FXML private StackPane keyListHost;
    @FXML private VBox actionsPane;

    private KeysView(KeysViewModel model) {
        this.model = model;
    }

    /** Loads the view for {@code model}. */
    public static Parent create(KeysViewModel model) {
        return ViewLoader.load("keys/KeysView.fxml", new KeysView(model));
    }

    @FXML
    private void initialize() {
        keyListHost.getChildren().setAll(KeyListView.create(model.keyList()));
        actionsPane.getChildren().addAll(MasterPasswordView.create(model.masterPassword()), new Separator(),
                PgpKeyView.create(model.pgpKey()), new Separator(),
                RecipientEncryptView.create(model.recipientEncrypt()));
        vaultStatus.textProperty().bind(Bindings.when(model.unlockedBinding()).then(i18n("keys.status.unlocked"))
                .otherwise(Bindings.when(model.vaultExistsProperty()).then(i18n("keys.status.lockedVault"))
                        .otherwise(i18n("keys.status.noVault"))));
        unlockVaultButton.textProperty().bind(Bindings.when(model.vaultExistsProperty())
                .then(i18n("keys.menu.unlock")).otherwise(i18n("keys.menu.createVault")));
        unlockVaultButton.disableProperty().bind(model.unlockedBinding());
        lockButton.disableProperty().bind(model.lockedBinding());
    }

    private Window window() {
        return vaultStatus.getScene() == null ? null : vaultStatus.getScene().getWindow();
    }

    @FXML
    private void unlock() {
        UnlockView.show(window(), model.unlock());
    }

    @FXML
    private void lock() {
        model.lock();
    }
}
