package io.safesegment.ui.keys;

import io.safesegment.core.crypto.CryptoService;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The unlock / create-vault dialog's state. Passwords arrive as {@code char[]} copied out of the password fields and
 * are wiped as soon as Argon2id has used them; the key derivation runs on the {@link TaskExecutor}, never on the
 * JavaFX thread. A wrong password leaves the dialog open with an inline message so the user can retry.
 */
public final class UnlockViewModel {
    /** Whether the dialog opens an existing vault or creates the first one. */
    public enum Mode {
        /** The workspace has no keys.vault yet. */
        CREATE,
        /** The workspace has a keys.vault. */
        UNLOCK
    }

    private final WorkspaceSession workspaces;
    private final VaultSession vaults;
    private final ExclusiveTask exclusive;
    private final Argon2Params createParams;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.CREATE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final PasswordMeter meter = new PasswordMeter();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");

    /**
     * @param createParams Argon2id cost for a new vault ({@link Argon2Params#DEFAULT} in the application)
     */
    public UnlockViewModel(WorkspaceSession workspaces, VaultSession vaults, TaskExecutor tasks,
                           Argon2Params createParams) {
        this.workspaces = workspaces;
        this.vaults = vaults;
        this.exclusive = new ExclusiveTask(tasks, () -> { });
        this.createParams = createParams;
    }

    /** Resets the dialog for the open workspace: unlock when it has a vault, else create one. */
    public void prepare() {
        Path dir = workspaceDirectory();
        mode.set(dir != null && KeyVault.exists(dir) ? Mode.UNLOCK : Mode.CREATE);
        error.set("");
        meter.reset();
        done.set(false);
    }

    /** Updates the strength hint while a new password is typed (create mode only). */
    public void passwordTyped(CharSequence password) {
        if (mode.get() != Mode.CREATE) {
            meter.reset();
            return;
        }
        meter.typed(password);
    }

    /**
     * Unlocks (or creates) the vault with {@code password}; {@code confirm} is checked in create mode. Both arrays
     * are taken over and wiped.
     */
    public void submit(char[] password, char[] confirm) {
        if (exclusive.isBusy()) {
            Secrets.wipe(password, confirm); // Argon2id is already running for the previous submit
            return;
        }
        Path dir = workspaceDirectory();
        if (dir == null) {
            Secrets.wipe(password, confirm);
            error.set(i18n("keys.error.noWorkspace"));
            return;
        }
        boolean create = mode.get() == Mode.CREATE;
        if (password.length == 0) {
            Secrets.wipe(password, confirm);
            error.set(i18n("keys.unlock.empty"));
            return;
        }
        if (create && !Arrays.equals(password, confirm)) {
            Secrets.wipe(password, confirm);
            error.set(i18n("keys.unlock.mismatch"));
            return;
        }
        if (create) {
            var refusal = meter.refusal(password);
            if (refusal.isPresent()) {
                Secrets.wipe(password, confirm);
                error.set(refusal.get());
                return;
            }
        }
        Secrets.wipe(confirm);
        error.set("");
        var actor = workspaces.actor();
        exclusive.start(create ? i18n("keys.task.create") : i18n("keys.task.unlock"), progress -> {
            progress.update(-1, null);
            try {
                // the service refuses an account whose role may not use keys (record 0025)
                return create ? CryptoService.createVault(dir, password, createParams, actor)
                        : CryptoService.openVault(dir, password, false, actor);
            } finally {
                Secrets.wipe(password);
            }
        }, vault -> {
            if (!dir.equals(workspaceDirectory())) {
                vault.close(); // the user switched workspace meanwhile
                return;
            }
            vaults.hold(vault);
            mode.set(Mode.UNLOCK);
            done.set(true);
        }, failure -> {
            Secrets.wipe(password);
            error.set(failure instanceof WrongPasswordException ? i18n("keys.unlock.wrong")
                    : I18n.message(failure));
        });
    }

    private Path workspaceDirectory() {
        Workspace workspace = workspaces.workspace();
        return workspace == null ? null : workspace.directory();
    }

    /** Create or unlock. */
    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The inline error ("Wrong password"), empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The strength hint of the password being typed (create mode). */
    public ReadOnlyStringProperty strengthProperty() {
        return meter.textProperty();
    }

    /** The strength meter of the new password (create mode), with the "use weak password anyway" choice. */
    public PasswordMeter meter() {
        return meter;
    }

    /** True while Argon2id runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return exclusive.busyProperty();
    }

    /** Turns true once the vault is unlocked; the dialog closes then. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
