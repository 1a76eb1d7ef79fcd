package io.safesegment.ui.keys;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one place the unlocked workspace key vault lives while the window is open. Other ViewModels (e.g. masking with
 * vault keys) ask {@link #vault()}; opening another workspace or {@link #lock()} closes the vault, which wipes the
 * vault key and all key material from memory.
 */
public final class VaultSession {
    private final ReadOnlyObjectWrapper<KeyVault> vault = new ReadOnlyObjectWrapper<>(this, "vault");

    /** A session that locks itself whenever another workspace is opened. */
    public VaultSession(WorkspaceSession workspaces) {
        workspaces.workspaceProperty().addListener((obs, old, now) -> lock());
    }

    /** The unlocked vault, empty while locked. */
    public Optional<KeyVault> vault() {
        return Optional.ofNullable(vault.get());
    }

    /** The unlocked vault or null, for bindings (JavaFX thread). */
    public ReadOnlyObjectProperty<KeyVault> vaultProperty() {
        return vault.getReadOnlyProperty();
    }

    /** Whether a vault is unlocked. */
    public boolean isUnlocked() {
        return vault.get() != null;
    }

    /**
     * Holds {@code unlocked} as the session's vault, locking any previous one (JavaFX thread). Public for the sign-in,
     * which opens the vault with the vault password kept for a Privacy Officer or Administrator (record 0025).
     */
    public void hold(KeyVault unlocked) {
        KeyVault previous = vault.get();
        vault.set(unlocked);
        if (previous != null && previous != unlocked) {
            previous.close();
        }
    }

    /** Closes the vault (wiping its keys) and forgets it (JavaFX thread). */
    public void lock() {
        KeyVault previous = vault.get();
        vault.set(null);
        if (previous != null) {
            previous.close();
        }
    }
}
