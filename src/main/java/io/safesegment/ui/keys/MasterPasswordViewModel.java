package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.Secrets;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The master-password pane: re-encrypting the vault under a new password, refused when weak unless accepted. */
public final class MasterPasswordViewModel {
    private final KeysSection section;
    private final PasswordMeter newPasswordMeter = new PasswordMeter();
    private final ReadOnlyStringWrapper passwordMessage = new ReadOnlyStringWrapper(this, "passwordMessage", "");

    MasterPasswordViewModel(KeysSection section) {
        this.section = section;
    }

    /** Re-encrypts the vault under a new master password; both arrays are taken over and wiped. */
    public void changePassword(char[] password, char[] confirm) {
        if (password.length == 0 || !Arrays.equals(password, confirm)) {
            passwordMessage.set(password.length == 0 ? i18n("keys.unlock.empty") : i18n("keys.unlock.mismatch"));
            Secrets.wipe(password, confirm);
            return;
        }
        var refusal = newPasswordMeter.refusal(password);
        if (refusal.isPresent()) {
            passwordMessage.set(refusal.get());
            Secrets.wipe(password, confirm);
            return;
        }
        Secrets.wipe(confirm);
        passwordMessage.set("");
        section.withVault(i18n("keys.task.changePassword"), vault -> {
            try {
                // re-seals every account's copy of the vault password too (record 0034)
                io.safesegment.core.crypto.CryptoService.changeVaultPassword(vault, password, section.actor.get());
            } finally {
                Secrets.wipe(password);
            }
            return vault.file();
        }, file -> passwordMessage.set(i18n("keys.password.changed")), i18n("keys.error.changePassword"));
    }

    /** The strength meter of the new master password, with the "use weak password anyway" choice. */
    public PasswordMeter newPasswordMeter() {
        return newPasswordMeter;
    }

    /** Outcome of the last master-password change, or why it was refused. */
    public ReadOnlyStringProperty passwordMessageProperty() {
        return passwordMessage.getReadOnlyProperty();
    }

    /** True while the vault is locked or a Keys task runs (the pane's actions wait). */
    public javafx.beans.binding.BooleanBinding lockedBinding() {
        return section.blocked;
    }
}
