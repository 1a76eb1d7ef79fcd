package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The key list pane: every version of every key while unlocked, creating a key and rotating the selected one. */
public final class KeyListViewModel {
    private final KeysSection section;
    private final ObservableList<KeyInfo> keys = FXCollections.observableArrayList();

    KeyListViewModel(KeysSection section) {
        this.section = section;
    }

    /** Re-reads the keys (empty while locked). */
    void refresh() {
        keys.setAll(section.vaults.vault().map(KeyVault::list).orElse(List.of()));
    }

    /** Creates version 1 of a key. */
    public void createKey(String name, KeyPurpose purpose) {
        section.withVault(i18n("keys.task.createKey", name), vault -> vault.create(name, purpose),
                info -> section.status.accept(i18n("keys.status.created", info.name(), info.fingerprint())),
                i18n("keys.error.createKey"));
    }

    /** Adds a new version of {@code key}'s name and retires the older ones. */
    public void rotate(KeyInfo key) {
        Objects.requireNonNull(key, "key");
        section.withVault(i18n("keys.task.rotate", key.name()), vault -> vault.rotate(key.name()),
                info -> section.status.accept(i18n("keys.status.rotated", info.name(), info.version())),
                i18n("keys.error.rotate"));
    }

    /** Every version of every key while unlocked; empty when locked. */
    public ObservableList<KeyInfo> keys() {
        return keys;
    }

    /** The translated name of a key purpose. */
    public static String purposeName(KeyPurpose purpose) {
        return switch (purpose) {
            case PSEUDONYM_HMAC -> i18n("keys.purpose.pseudonym");
            case DETERMINISTIC_AEAD -> i18n("keys.purpose.deterministic");
            case FF1 -> i18n("keys.purpose.ff1");
            case FILE -> i18n("keys.purpose.file");
            case SIGNING_ED25519 -> i18n("keys.purpose.signing");
            case OPENPGP -> i18n("keys.purpose.openpgp");
        };
    }

    /** True while the vault is locked. */
    public javafx.beans.binding.BooleanBinding lockedBinding() {
        return section.locked;
    }
}
