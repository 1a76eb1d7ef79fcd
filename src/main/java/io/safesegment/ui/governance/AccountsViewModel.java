package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.Account;
import io.safesegment.core.governance.access.AccountProvisioningService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Administrator's Accounts form: list the accounts, add one (name, role, initial password twice, optionally its
 * TOTP factor, whose secret and {@code otpauth://} URI are shown once), disable the selected one. The form only
 * collects input: the services check the role, the name and the password rules and write the audit entries.
 */
public final class AccountsViewModel {
    private final Supplier<Workspace> workspace;
    private final Supplier<Actor> actor;
    private final DialogService dialogs;
    private final ExclusiveTask work;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.ANALYST);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty ownPassword = new SimpleStringProperty("");
    private final BooleanProperty enrolTotp = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper enrolment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AccountsViewModel(Supplier<Workspace> workspace, Supplier<Actor> actor, TaskExecutor tasks,
                             DialogService dialogs) {
        this.workspace = workspace;
        this.actor = actor;
        this.dialogs = dialogs;
        this.work = new ExclusiveTask(tasks, dialogs, () -> message.set(""));
    }

    /**
     * Reloads the accounts. Only an Administrator may list them; for anyone else the list stays empty with a hint
     * instead of a refused call (each refusal would be a permission-denied audit entry).
     */
    public void refresh() {
        Workspace ws = workspace.get();
        Actor who = actor.get();
        accounts.clear();
        if (ws == null || !AccessService.isGoverned(ws.directory())) {
            message.set(i18n("governance.accounts.ungoverned"));
            return;
        }
        if (who == null || who.role() != Role.ADMINISTRATOR) {
            message.set(i18n("governance.accounts.adminOnly"));
            return;
        }
        message.set("");
        work.start(i18n("governance.accounts.task"), p -> AccessService.users(ws.directory(), who), accounts::setAll);
    }

    /** Adds the account described by the form; the passwords must match (a typing check, not a rule). */
    public void add() {
        Workspace ws = workspace.get();
        if (ws == null || work.isBusy()) {
            return;
        }
        if (!password.get().equals(confirm.get())) {
            message.set(i18n("governance.accounts.mismatch"));
            return;
        }
        Actor who = actor.get();
        String newName = name.get().strip();
        Role newRole = role.get();
        boolean totp = enrolTotp.get();
        char[] pw = password.get().toCharArray();
        char[] own = ownPassword.get().toCharArray();
        password.set("");
        confirm.set("");
        ownPassword.set("");
        enrolment.set("");
        work.start(i18n("governance.accounts.add"), p -> {
            try {
                return AccountProvisioningService.addUser(ws.directory(), who, own, newName, newRole, pw, totp);
            } finally {
                java.util.Arrays.fill(pw, '\0');
                java.util.Arrays.fill(own, '\0');
            }
        }, added -> {
            name.set("");
            enrolTotp.set(false);
            if (added.totpSecret() != null) {
                enrolment.set(i18n("governance.accounts.totpShown", added.account().name(), added.totpSecret(),
                        otpauth(added.account().name(), added.totpSecret())));
            }
            refresh();
            message.set(i18n("governance.accounts.added", added.account().name(),
                    GovernanceLabels.role(added.account().role())));
        });
    }

    /** Disables the selected account after a confirmation. */
    public void disable() {
        Workspace ws = workspace.get();
        Account target = selected.get();
        if (ws == null || target == null || work.isBusy() || !dialogs.confirm(
                i18n("governance.accounts.disable"), i18n("governance.accounts.disableConfirm", target.name()),
                i18n("governance.accounts.disable"))) {
            return;
        }
        Actor who = actor.get();
        work.start(i18n("governance.accounts.disable"), p -> AccessService.disable(ws.directory(), who,
                target.name()), disabled -> {
                    refresh();
                    message.set(i18n("governance.accounts.disabled", disabled.name()));
                });
    }

    /** The URI an authenticator app scans, as {@code safesegment users totp} prints it (names need no escaping). */
    static String otpauth(String account, String secret) {
        return "otpauth://totp/SafeSegment:" + account + "?secret=" + secret + "&issuer=SafeSegment";
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public StringProperty ownPasswordProperty() {
        return ownPassword;
    }

    public BooleanProperty enrolTotpProperty() {
        return enrolTotp;
    }

    /** The new account's TOTP secret and URI, shown once (cleared by the next add). */
    public ReadOnlyStringProperty enrolmentProperty() {
        return enrolment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ExclusiveTask work() {
        return work;
    }
}
