package io.safesegment.ui.keys;

import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;

/** Controller of {@code fxml/keys/MasterPasswordPane.fxml}: new master password with its strength meter. */
public final class MasterPasswordView {
    private final MasterPasswordViewModel model;

    @FXML private PasswordField newPasswordField;
    @FXML private ProgressBar newPasswordStrengthBar;
    @FXML private Label newPasswordStrength;
    @FXML private CheckBox acceptWeakNewPasswordBox;
    @FXML private PasswordField confirmNewPasswordField;
    @FXML private Button changePasswordButton;
    @FXML private Label passwordMessage;

    private MasterPasswordView(MasterPasswordViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(MasterPasswordViewModel model) {
        return ViewLoader.load("keys/MasterPasswordPane.fxml", new MasterPasswordView(model));
    }

    @FXML
    private void initialize() {
        changePasswordButton.disableProperty().bind(model.lockedBinding());
        PasswordMeterControls.bind(model.newPasswordMeter(), newPasswordField, newPasswordStrengthBar,
                newPasswordStrength, acceptWeakNewPasswordBox);
        passwordMessage.textProperty().bind(model.passwordMessageProperty());
    }

    @FXML
    private void changePassword() {
        model.changePassword(PasswordFields.take(newPasswordField), PasswordFields.take(confirmNewPasswordField));
    }
}
