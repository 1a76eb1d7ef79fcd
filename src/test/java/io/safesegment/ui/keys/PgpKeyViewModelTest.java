package io.safesegment.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.KeyPurpose;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace OpenPGP key pane without the JavaFX toolkit; the save chooser is the dialog service's. */
class PgpKeyViewModelTest {
    @TempDir
    Path dir;

    @Test
    void generateThenExportThroughTheSaveChooser() throws Exception {
        KeysPaneFixture f = new KeysPaneFixture(dir).unlocked();
        PgpKeyViewModel pane = f.model.pgpKey();
        pane.generateWorkspacePgpKey();
        assertEquals(List.of(PgpKeyViewModel.PGP_KEY), f.model.keyList().keys().stream()
                .filter(k -> k.purpose() == KeyPurpose.OPENPGP).map(k -> k.name()).toList());

        pane.chooseAndExportPublicKey(); // the user cancels: nothing written
        assertEquals(List.of("save: Save the workspace public key"), f.dialogs.shown);

        Path target = dir.resolve("public.asc");
        f.dialogs.nextFile = target;
        pane.chooseAndExportPublicKey();
        assertTrue(Files.readString(target).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
        assertTrue(f.status.getLast().contains("public.asc"), f.status.getLast());
    }

    @Test
    void exportWithoutAnOpenPgpKeyFailsWithAReason() throws Exception {
        KeysPaneFixture f = new KeysPaneFixture(dir).unlocked();
        f.model.pgpKey().exportPublicKey(dir.resolve("none.asc"));
        assertEquals(List.of("error: Could not export the public key"), f.dialogs.shown);
        assertFalse(Files.exists(dir.resolve("none.asc")));
    }
}
