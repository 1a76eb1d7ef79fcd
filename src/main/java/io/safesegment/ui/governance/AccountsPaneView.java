package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.Account;
import io.safesegment.ui.common.ViewLoader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controller of {@code fxml/governance/AccountsPane.fxml}: the account list and the Administrator's add form. */
public final class AccountsPaneView {
    private final AccountsViewModel model;

    @FXML private TableView<Account> accountTable;
    @FXML private TableColumn<Account, String> accountNameColumn;
    @FXML private TableColumn<Account, String> accountRoleColumn;
    @FXML private TableColumn<Account, String> accountStateColumn;
    @FXML private Button disableAccountButton;
    @FXML private Button addAccountButton;
    @FXML private Label accountsMessage;
    @FXML private TextField newAccountName;
    @FXML private ComboBox<Role> newAccountRole;
    @FXML private PasswordField newAccountPassword;
    @FXML private PasswordField newAccountConfirm;
    @FXML private CheckBox newAccountTotp;
    @FXML private PasswordField ownPasswordField;
    @FXML private TextArea totpEnrolment;

    private AccountsPaneView(AccountsViewModel model) {
        this.model = model;
    }

    static Parent create(AccountsViewModel model) {
        return ViewLoader.load("governance/AccountsPane.fxml", new AccountsPaneView(model));
    }

    @FXML
    private void initialize() {
        accountTable.setItems(model.accounts());
        Columns.text(accountNameColumn, Account::name);
        Columns.text(accountRoleColumn, a -> GovernanceLabels.role(a.role()));
        Columns.text(accountStateColumn, AccountsPaneView::state);
        accountTable.setPlaceholder(new Label(i18n("governance.accounts.empty")));
        accountTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.selectedProperty().set(now));
        disableAccountButton.disableProperty().bind(model.selectedProperty().isNull()
                .or(model.work().busyProperty()));
        addAccountButton.disableProperty().bind(model.work().busyProperty());
        accountsMessage.textProperty().bind(model.messageProperty());
        newAccountName.textProperty().bindBidirectional(model.nameProperty());
        newAccountRole.getItems().setAll(List.of(Role.values()));
        newAccountRole.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : GovernanceLabels.role(role);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        newAccountRole.valueProperty().bindBidirectional(model.roleProperty());
        newAccountPassword.textProperty().bindBidirectional(model.passwordProperty());
        newAccountConfirm.textProperty().bindBidirectional(model.confirmProperty());
        newAccountTotp.selectedProperty().bindBidirectional(model.enrolTotpProperty());
        ownPasswordField.textProperty().bindBidirectional(model.ownPasswordProperty());
        totpEnrolment.textProperty().bind(model.enrolmentProperty());
        totpEnrolment.visibleProperty().bind(model.enrolmentProperty().isNotEmpty());
        totpEnrolment.managedProperty().bind(totpEnrolment.visibleProperty());
    }

    private static String state(Account a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.enabled() ? i18n("governance.accounts.enabled") : i18n("governance.accounts.disabledState"));
        if (a.totp()) {
            parts.add(i18n("governance.accounts.withTotp"));
        }
        if (a.lockedAt(Instant.now())) {
            parts.add(i18n("governance.accounts.locked", a.lockedUntil()));
        }
        return String.join(", ", parts);
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void disable() {
        model.disable();
    }
}
