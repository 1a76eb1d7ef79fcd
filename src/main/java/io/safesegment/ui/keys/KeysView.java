package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Controller of {@code fxml/keys/KeysView.fxml}: binds the key table and actions to {@link KeysViewModel}. */
public final class KeysView {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final KeysViewModel model;

    @FXML private Label vaultStatus;
    @FXML private Button unlockVaultButton;
    @FXML private Button lockButton;
    @FXML private TableView<KeyInfo> keysTable;
    @FXML private TableColumn<KeyInfo, String> nameColumn;
    @FXML private TableColumn<KeyInfo, String> purposeColumn;
    @FXML private TableColumn<KeyInfo, Integer> versionColumn;
    @FXML private TableColumn<KeyInfo, String> createdColumn;
    @FXML private TableColumn<KeyInfo, String> retiredColumn;
    @FXML private TableColumn<KeyInfo, String> fingerprintColumn;
    @FXML private Label tablePlaceholder;
    @FXML private TextField keyNameField;
    @FXML private ComboBox<KeyPurpose> purposeBox;
    @FXML private Button createKeyButton;
    @FXML private Button rotateButton;
    @FXML private PasswordField newPasswordField;
    @FXML private ProgressBar newPasswordStrengthBar;
    @FXML private Label newPasswordStrength;
    @FXML private CheckBox acceptWeakNewPasswordBox;
    @FXML private PasswordField confirmNewPasswordField;
    @FXML private Button changePasswordButton;
    @FXML private Label passwordMessage;
    @FXML private Button generatePgpButton;
    @FXML private Button exportPublicButton;
    @FXML private Button chooseRecipientButton;
    @FXML private Label recipientLabel;
    @FXML private TextField policyField;
    @FXML private Button encryptFileButton;
    @FXML private Label encryptResult;
    @FXML private Button verifyButton;
    @FXML private Label verifyResult;

    private KeysView(KeysViewModel model) {
        this.model = model;
    }

    /** Loads the view for {@code model}. */
    public static Parent create(KeysViewModel model) {
        return ViewLoader.load("keys/KeysView.fxml", new KeysView(model));
    }

    @FXML
    private void initialize() {
        var locked = model.lockedBinding();
        vaultStatus.textProperty().bind(Bindings.when(model.unlockedBinding()).then(i18n("keys.status.unlocked"))
                .otherwise(Bindings.when(model.vaultExistsProperty()).then(i18n("keys.status.lockedVault"))
                        .otherwise(i18n("keys.status.noVault"))));
        unlockVaultButton.textProperty().bind(Bindings.when(model.vaultExistsProperty())
                .then(i18n("keys.menu.unlock")).otherwise(i18n("keys.menu.createVault")));
        unlockVaultButton.disableProperty().bind(model.unlockedBinding());
        lockButton.disableProperty().bind(locked);
        tablePlaceholder.textProperty().bind(Bindings.when(model.unlockedBinding()).then(i18n("keys.table.empty"))
                .otherwise(i18n("keys.table.locked")));

        keysTable.setItems(model.keys());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        purposeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                KeysViewModel.purposeName(c.getValue().purpose())));
        versionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().version()));
        createdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(CREATED.format(c.getValue().created())));
        retiredColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().retired() ? i18n("keys.yes") : i18n("keys.no")));
        fingerprintColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fingerprint()));

        purposeBox.getItems().setAll(KeyPurpose.values());
        purposeBox.getSelectionModel().select(KeyPurpose.PSEUDONYM_HMAC);
        purposeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(KeyPurpose purpose) {
                return purpose == null ? "" : KeysViewModel.purposeName(purpose);
            }

            @Override
            public KeyPurpose fromString(String text) {
                return null;
            }
        });
        purposeBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(KeyPurpose item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : KeysViewModel.purposeName(item));
            }
        });
        createKeyButton.disableProperty().bind(locked.or(keyNameField.textProperty().isEmpty()));
        rotateButton.disableProperty().bind(locked.or(keysTable.getSelectionModel().selectedItemProperty().isNull()));
        changePasswordButton.disableProperty().bind(locked);
        PasswordMeterControls.bind(model.newPasswordMeter(), newPasswordField, newPasswordStrengthBar,
                newPasswordStrength, acceptWeakNewPasswordBox);
        passwordMessage.textProperty().bind(model.passwordMessageProperty());
        generatePgpButton.disableProperty().bind(locked);
        exportPublicButton.disableProperty().bind(locked);

        chooseRecipientButton.disableProperty().bind(locked);
        recipientLabel.textProperty().bind(Bindings.createStringBinding(() -> model.recipientProperty().get() == null
                ? i18n("keys.recipient.none") : KeysViewModel.describe(model.recipientProperty().get()),
                model.recipientProperty()));
        encryptFileButton.disableProperty().bind(locked.or(model.recipientProperty().isNull()));
        encryptResult.textProperty().bind(model.encryptResultProperty());
        verifyButton.disableProperty().bind(model.manifestProperty().isNull());
        verifyResult.textProperty().bind(model.verifyResultProperty());
        verifyResult.styleProperty().bind(Bindings.when(model.verifyOkProperty())
                .then("-fx-text-fill: #15803d; -fx-font-weight: bold;")
                .otherwise("-fx-text-fill: #c0392b; -fx-font-weight: bold;"));
    }

    private FilePicker picker() {
        FilePicker injected = model.filePickerProperty().get();
        return injected != null ? injected : new FxFilePicker(this::window);
    }

    private Window window() {
        return keysTable.getScene() == null ? null : keysTable.getScene().getWindow();
    }

    @FXML
    private void unlock() {
        UnlockView.show(window(), model.unlock());
    }

    @FXML
    private void lock() {
        model.lock();
    }

    @FXML
    private void createKey() {
        model.createKey(keyNameField.getText().strip(), purposeBox.getValue());
        keyNameField.clear();
    }

    @FXML
    private void rotate() {
        model.rotate(keysTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void changePassword() {
        model.changePassword(PasswordFields.take(newPasswordField), PasswordFields.take(confirmNewPasswordField));
    }

    @FXML
    private void generatePgp() {
        model.generateWorkspacePgpKey();
    }

    @FXML
    private void exportPublic() {
        picker().save(i18n("keys.pgp.export.title"), "workspace-public-key.asc").ifPresent(model::exportPublicKey);
    }

    @FXML
    private void chooseRecipient() {
        picker().open(i18n("keys.encrypt.recipient.title")).ifPresent(model::loadRecipient);
    }

    @FXML
    private void encryptFile() {
        Optional<Path> file = picker().open(i18n("keys.encrypt.file.title"));
        String policy = policyField.getText() == null || policyField.getText().isBlank() ? "none"
                : policyField.getText().strip();
        file.ifPresent(f -> model.encryptForRecipient(f, policy));
    }

    @FXML
    private void verify() {
        model.verifyManifest();
    }
}
