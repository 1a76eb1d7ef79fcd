package io.safesegment.ui.shell.signin;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import io.safesegment.ui.common.WindowKeys;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Controller of {@code fxml/signin/SignInView.fxml}: the sign-in dialog of a governed workspace, or (mode
 * {@code createAdministrator}) the dialog that gives a pre-existing workspace its first Administrator, explaining
 * why. Stays open with an inline message on failure; closes once signed in. Shown with {@code show()}.
 */
public final class SignInView {
    private final SignInViewModel model;
    private final boolean createAdministrator;
    private Stage stage;

    @FXML private Label signInTitle;
    @FXML private Label signInMessage;
    @FXML private TextField userField;
    @FXML private PasswordField signInPasswordField;
    @FXML private PasswordField signInConfirmField;
    @FXML private TextField totpField;
    @FXML private Label signInError;
    @FXML private ProgressIndicator signInBusy;
    @FXML private Button signInButton;

    private final ChangeListener<Boolean> doneListener = (obs, old, now) -> {
        if (now && stage != null) {
            stage.close();
        }
    };

    private final String message;

    private SignInView(SignInViewModel model, boolean createAdministrator, String message) {
        this.model = model;
        this.createAdministrator = createAdministrator;
        this.message = message;
    }

    /** Opens the sign-in dialog ({@code createAdministrator}: the first-Administrator dialog instead). */
    public static Stage show(Window owner, SignInViewModel model, boolean createAdministrator) {
        return show(owner, model, createAdministrator,
                createAdministrator ? i18n("signin.admin.message") : i18n("signin.message"));
    }

    /**
     * The first-Administrator dialog offered on the first open of a workspace without accounts (record 0034); Cancel
     * keeps it ungoverned, and Account › Create administrator… stays available.
     */
    public static Stage offer(Window owner, SignInViewModel model) {
        return show(owner, model, true, i18n("signin.admin.offer"));
    }

    private static Stage show(Window owner, SignInViewModel model, boolean createAdministrator, String message) {
        model.prepare();
        SignInView view = new SignInView(model, createAdministrator, message);
        Parent root = ViewLoader.load("signin/SignInView.fxml", view);
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
        stage.setTitle((createAdministrator ? i18n("signin.admin.title") : i18n("signin.title")));
        ChangeListener<Object> resize = (obs, old, now) -> javafx.application.Platform.runLater(stage::sizeToScene);
        model.errorProperty().addListener(resize);
        stage.setOnHidden(e -> {
            model.doneProperty().removeListener(view.doneListener);
            model.errorProperty().removeListener(resize);
        });
        WindowKeys.closeOnEscape(stage);
        stage.show();
        view.userField.requestFocus();
        return stage;
    }

    @FXML
    private void initialize() {
        signInTitle.setText((createAdministrator ? i18n("signin.admin.title") : i18n("signin.title")));
        signInMessage.setText(message);
        signInButton.setText((createAdministrator ? i18n("signin.admin.button") : i18n("signin.button")));
        signInConfirmField.setVisible(createAdministrator);
        signInConfirmField.setManaged(createAdministrator);
        totpField.setVisible(!createAdministrator);
        totpField.setManaged(!createAdministrator);
        userField.textProperty().bindBidirectional(model.userProperty());
        totpField.textProperty().bindBidirectional(model.totpProperty());
        signInError.textProperty().bind(model.errorProperty());
        signInBusy.visibleProperty().bind(model.busyProperty());
        signInButton.disableProperty().bind(model.busyProperty());
        model.doneProperty().addListener(doneListener);
    }

    @FXML
    private void submit() {
        char[] password = take(signInPasswordField);
        if (createAdministrator) {
            model.createAdministrator(password, take(signInConfirmField));
        } else {
            model.signIn(password);
        }
    }

    @FXML
    private void cancel() {
        stage.close();
    }

    /** The field's characters in a fresh array (never a String); the field is emptied. */
    private static char[] take(PasswordField field) {
        CharSequence chars = field.getCharacters();
        char[] copy = new char[chars.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = chars.charAt(i);
        }
        field.clear();
        return copy;
    }
}
