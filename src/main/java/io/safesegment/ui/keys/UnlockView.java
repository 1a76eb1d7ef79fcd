package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import io.safesegment.ui.common.WindowKeys;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Controller of {@code fxml/keys/UnlockView.fxml}: the unlock / create-vault dialog. It stays open on a wrong
 * password (inline message, fields cleared) and closes once the vault is unlocked. Shown with {@code show()}, not
 * {@code showAndWait()}, so opening a workspace never blocks inside a task callback.
 */
public final class UnlockView {
    private final UnlockViewModel model;
    private Stage stage;

    @FXML private Label unlockTitle;
    @FXML private Label unlockMessage;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField confirmField;
    @FXML private ProgressBar strengthBar;
    @FXML private Label strengthLabel;
    @FXML private CheckBox acceptWeakBox;
    @FXML private Label unlockError;
    @FXML private ProgressIndicator unlockBusy;
    @FXML private Button unlockButton;

    private final ChangeListener<Boolean> doneListener = (obs, old, now) -> {
        if (now && stage != null) {
            stage.close();
        }
    };

    private UnlockView(UnlockViewModel model) {
        this.model = model;
    }

    /** Opens the dialog for the open workspace (unlock, or create when it has no vault yet). */
    public static Stage show(Window owner, UnlockViewModel model) {
        model.prepare();
        UnlockView view = new UnlockView(model);
        Parent root = ViewLoader.load("keys/UnlockView.fxml", view);
        Stage stage = new Stage();
        view.stage = stage;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(model.modeProperty().get() == UnlockViewModel.Mode.CREATE ? i18n("keys.create.vault.title")
                : i18n("keys.unlock.title"));
        // the meter, the weak-password box and a long error appear after the dialog was sized: grow with them
        // rather than cut the text off
        ChangeListener<Object> resize = (obs, old, now) -> javafx.application.Platform.runLater(stage::sizeToScene);
        model.errorProperty().addListener(resize);
        model.meter().strengthProperty().addListener(resize);
        stage.setOnHidden(e -> {
            model.doneProperty().removeListener(view.doneListener);
            model.errorProperty().removeListener(resize);
            model.meter().strengthProperty().removeListener(resize);
        });
        WindowKeys.closeOnEscape(stage);
        stage.show();
        view.passwordField.requestFocus();
        return stage;
    }

    @FXML
    private void initialize() {
        boolean create = model.modeProperty().get() == UnlockViewModel.Mode.CREATE;
        unlockTitle.setText(create ? i18n("keys.create.vault.title") : i18n("keys.unlock.title"));
        unlockMessage.setText(create ? i18n("keys.create.vault.message") : i18n("keys.unlock.message"));
        unlockButton.setText(create ? i18n("keys.create.vault.button") : i18n("keys.unlock.button"));
        confirmField.setVisible(create);
        confirmField.setManaged(create);
        if (create) {
            PasswordMeterControls.bind(model.meter(), passwordField, strengthBar, strengthLabel, acceptWeakBox);
        } else {
            for (var node : new javafx.scene.Node[] {strengthBar, strengthLabel, acceptWeakBox}) {
                node.setVisible(false);
                node.setManaged(false);
            }
        }
        unlockError.textProperty().bind(model.errorProperty());
        unlockBusy.visibleProperty().bind(model.busyProperty());
        unlockButton.disableProperty().bind(model.busyProperty());
        model.doneProperty().addListener(doneListener);
    }

    @FXML
    private void submit() {
        model.submit(PasswordFields.take(passwordField), PasswordFields.take(confirmField));
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
