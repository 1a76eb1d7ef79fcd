package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.pg.TableRef;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Controller of {@code fxml/data/PostgresView.fxml}. The password is read from the field as characters for each
 * action, handed to the model as a {@code char[]} and zeroed here; it is cleared from the field when the dialog
 * closes and never stored.
 */
final class PostgresDialog {
    private final PostgresModel model;

    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private ProgressIndicator pgProgress;
    @FXML private ComboBox<TableRef> tableBox;
    @FXML private CheckBox queryBox;
    @FXML private TextArea queryArea;
    @FXML private Button testButton;
    @FXML private Button countButton;
    @FXML private Button pgLoadButton;
    @FXML private Label pgMessage;

    private PostgresDialog(PostgresModel model) {
        this.model = model;
    }

    static void show(PostgresModel model, Scene owner) {
        PostgresDialog controller = new PostgresDialog(model);
        var dialog = Dialogs.create(i18n("data.pg.title"), i18n("data.pg.header"),
                ViewLoader.load("data/PostgresView.fxml", controller), owner, ButtonType.CLOSE);
        dialog.setOnHidden(event -> controller.passwordField.clear());
        dialog.show();
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(model.hostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        databaseField.textProperty().bindBidirectional(model.databaseProperty());
        userField.textProperty().bindBidirectional(model.userProperty());
        tableBox.setItems(model.tables());
        tableBox.valueProperty().bindBidirectional(model.tableProperty());
        tableBox.setConverter(Columns.<TableRef>converter(table -> table.schema() + "." + table.name()));
        tableBox.disableProperty().bind(model.useQueryProperty());
        queryBox.selectedProperty().bindBidirectional(model.useQueryProperty());
        queryArea.textProperty().bindBidirectional(model.queryProperty());
        queryArea.disableProperty().bind(model.useQueryProperty().not());
        pgProgress.visibleProperty().bind(model.runningProperty());
        testButton.disableProperty().bind(model.runningProperty());
        countButton.disableProperty().bind(model.runningProperty());
        pgLoadButton.disableProperty().bind(model.runningProperty());
        pgMessage.textProperty().bind(model.messageProperty());
    }

    @FXML
    private void testConnection() {
        char[] password = password();
        model.testConnection(password);
        Arrays.fill(password, '\0');
    }

    @FXML
    private void countRows() {
        char[] password = password();
        model.countRows(password);
        Arrays.fill(password, '\0');
    }

    @FXML
    private void load() {
        char[] password = password();
        model.load(password);
        Arrays.fill(password, '\0');
    }

    private char[] password() {
        CharSequence typed = passwordField.getCharacters();
        char[] password = new char[typed.length()];
        for (int i = 0; i < password.length; i++) {
            password[i] = typed.charAt(i);
        }
        return password;
    }
}
