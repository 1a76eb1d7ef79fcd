package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyNotFoundException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.ui.common.DialogService.FileFilter;
import java.nio.file.Path;
import java.util.List;

/** The workspace OpenPGP key pane: generating (or rotating) it and exporting its public half. */
public final class PgpKeyViewModel {
    /** Name of the workspace OpenPGP key made by "Generate workspace OpenPGP key". */
    public static final String PGP_KEY = "workspace-pgp";

    private final KeysSection section;

    PgpKeyViewModel(KeysSection section) {
        this.section = section;
    }

    /** Creates the workspace OpenPGP key ({@value #PGP_KEY}), or rotates it when it exists. */
    public void generateWorkspacePgpKey() {
        section.withVault(i18n("keys.task.generatePgp"), vault -> vault.newestOf(KeyPurpose.OPENPGP).isPresent()
                        ? vault.rotate(vault.newestOf(KeyPurpose.OPENPGP).get().name())
                        : vault.create(PGP_KEY, KeyPurpose.OPENPGP),
                info -> section.status.accept(i18n("keys.status.pgp", info.fingerprint())),
                i18n("keys.error.generatePgp"));
    }

    /** Asks where to write the public key (an {@code .asc} file) and writes it there. */
    public void chooseAndExportPublicKey() {
        section.dialogs.save(i18n("keys.pgp.export.title"), "workspace-public-key.asc", null,
                List.of(FileFilter.of(i18n("keys.filter.publicKey"), "*.asc", "*.gpg", "*.pgp")))
                .ifPresent(this::exportPublicKey);
    }

    /** Writes the newest workspace OpenPGP public key, ASCII-armoured, to {@code target}. */
    public void exportPublicKey(Path target) {
        section.withVault(i18n("keys.task.exportPublic"), vault -> {
            KeyInfo info = vault.newestOf(KeyPurpose.OPENPGP).orElseThrow(() ->
                    new KeyNotFoundException(i18n("keys.error.noPgpKey")));
            VaultKey key = vault.current(info.name());
            key.wipe(); // only the public half is needed
            CryptoService.writePublicKey(target, CryptoService.armoredPublicKey(key));
            return target;
        }, file -> section.status.accept(i18n("keys.status.exported", file)), i18n("keys.error.exportPublic"));
    }

    /** True while the vault is locked or a Keys task runs (the pane's actions wait). */
    public javafx.beans.binding.BooleanBinding lockedBinding() {
        return section.blocked;
    }
}
