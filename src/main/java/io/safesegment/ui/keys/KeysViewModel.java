package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Keys window's shell: whether the open workspace has a vault and whether it is unlocked, lock/unlock, and the
 * four panes — key list ({@link KeyListViewModel}), master password ({@link MasterPasswordViewModel}), workspace
 * OpenPGP key ({@link PgpKeyViewModel}) and encryption for a recipient ({@link RecipientEncryptViewModel}).
 */
public final class KeysViewModel {
    private final WorkspaceSession workspaces;
    private final VaultSession vaults;
    private final UnlockViewModel unlock;
    private final Consumer<String> status;
    private final KeyListViewModel keyList;
    private final MasterPasswordViewModel masterPassword;
    private final PgpKeyViewModel pgpKey;
    private final RecipientEncryptViewModel recipientEncrypt;
    private final ReadOnlyBooleanWrapper vaultExists = new ReadOnlyBooleanWrapper(this, "vaultExists");
    private final ReadOnlyObjectWrapper<Path> unlockRequest = new ReadOnlyObjectWrapper<>(this, "unlockRequest");
    private final BooleanBinding unlocked;

    /**
     * @param status receives a short status-bar message after each change
     */
    public KeysViewModel(WorkspaceSession workspaces, VaultSession vaults, UnlockViewModel unlock, TaskExecutor tasks,
                         DialogService dialogs, Consumer<String> status) {
        this.workspaces = workspaces;
        this.vaults = vaults;
        this.unlock = unlock;
        this.status = status;
        KeysSection section = new KeysSection(vaults, tasks, dialogs, status, this::refresh,
                workspaces::recipe, workspaces::actor);
        this.keyList = new KeyListViewModel(section);
        this.masterPassword = new MasterPasswordViewModel(section);
        this.pgpKey = new PgpKeyViewModel(section);
        this.recipientEncrypt = new RecipientEncryptViewModel(section);
        this.unlocked = vaults.vaultProperty().isNotNull();
        vaults.vaultProperty().addListener((obs, old, now) -> refresh());
        workspaces.workspaceProperty().addListener((obs, old, now) -> {
            recipientEncrypt.clear();
            refresh();
            Path dir = workspaceDirectory();
            // a workspace with a vault asks for its password right away; one without waits for "Create key vault…".
            // A governed one does not: its sign-in dialog comes first and an officer's sign-in unlocks the vault
            // (record 0025), so a second, modal prompt would only stand in front of the window (record 0041).
            unlockRequest.set(dir != null && KeyVault.exists(dir)
                    && !io.safesegment.core.governance.access.AccessService.isGoverned(dir) ? dir : null);
        });
        refresh();
    }

    /** Re-reads whether the workspace has a vault and the list of keys. */
    public void refresh() {
        Path dir = workspaceDirectory();
        vaultExists.set(dir != null && KeyVault.exists(dir));
        keyList.refresh();
    }

    /** The view has shown the unlock dialog asked for by {@link #unlockRequestProperty()}. */
    public void unlockRequestHandled() {
        unlockRequest.set(null);
    }

    /** Locks the vault (wiping keys from memory). */
    public void lock() {
        vaults.lock();
        status.accept(i18n("keys.status.locked"));
    }

    private Path workspaceDirectory() {
        Workspace workspace = workspaces.workspace();
        return workspace == null ? null : workspace.directory();
    }

    public KeyListViewModel keyList() {
        return keyList;
    }

    public MasterPasswordViewModel masterPassword() {
        return masterPassword;
    }

    public PgpKeyViewModel pgpKey() {
        return pgpKey;
    }

    public RecipientEncryptViewModel recipientEncrypt() {
        return recipientEncrypt;
    }

    /** The unlock / create-vault dialog's ViewModel. */
    public UnlockViewModel unlock() {
        return unlock;
    }

    /** The vault session (shared with other ViewModels). */
    public VaultSession vaults() {
        return vaults;
    }

    /** Whether the vault is unlocked. */
    public BooleanBinding unlockedBinding() {
        return unlocked;
    }

    /** Whether the vault is locked (the panes' buttons wait for it). */
    BooleanBinding lockedBinding() {
        return Bindings.not(unlocked);
    }

    /** Whether the open workspace has a keys.vault. */
    public ReadOnlyBooleanProperty vaultExistsProperty() {
        return vaultExists.getReadOnlyProperty();
    }

    /** Set to the workspace directory when a workspace with a vault was opened and should be unlocked. */
    public ReadOnlyObjectProperty<Path> unlockRequestProperty() {
        return unlockRequest.getReadOnlyProperty();
    }
}
