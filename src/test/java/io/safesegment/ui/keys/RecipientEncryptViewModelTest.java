package io.safesegment.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "encrypt for a recipient" pane without the JavaFX toolkit: choosers through the dialog service, encryption
 * to the workspace's own exported OpenPGP key, the signed manifest and its verification.
 */
class RecipientEncryptViewModelTest {
    @TempDir
    Path dir;

    @Test
    void cancelledChoosersChangeNothing() throws Exception {
        KeysPaneFixture f = new KeysPaneFixture(dir).unlocked();
        RecipientEncryptViewModel pane = f.model.recipientEncrypt();
        pane.chooseRecipient();
        pane.chooseAndEncrypt("");
        assertNull(pane.recipientProperty().get());
        assertEquals(List.of("open: Choose the recipient's public key (ASCII armour)",
                "open: Choose the file to encrypt"), f.dialogs.shown);
        assertEquals("", pane.encryptResultProperty().get());
    }

    @Test
    void encryptToAChosenRecipientSignsAndVerifiesTheManifest() throws Exception {
        KeysPaneFixture f = new KeysPaneFixture(dir).unlocked();
        f.model.pgpKey().generateWorkspacePgpKey();
        Path asc = dir.resolve("recipient.asc");
        f.model.pgpKey().exportPublicKey(asc);
        RecipientEncryptViewModel pane = f.model.recipientEncrypt();
        f.dialogs.nextFile = asc;
        pane.chooseRecipient();
        assertTrue(RecipientEncryptViewModel.describe(pane.recipientProperty().get()).contains(
                pane.recipientProperty().get().fingerprint()));

        Path csv = Files.writeString(dir.resolve("list.csv"), "id,segment\n1,loyal\n");
        f.dialogs.nextFile = csv;
        pane.chooseAndEncrypt("  ");
        assertTrue(Files.size(dir.resolve("list.csv.pgp")) > 0);
        assertTrue(Files.readString(dir.resolve("list.csv.manifest.json")).contains("\"none\""),
                "a blank policy id is recorded as none");
        assertTrue(pane.encryptResultProperty().get().startsWith("Wrote list.csv.pgp"),
                pane.encryptResultProperty().get());
        assertTrue(pane.verifyOkProperty().get(), pane.verifyResultProperty().get());
        assertTrue(f.model.keyList().keys().stream().anyMatch(k -> k.name().equals(
                RecipientEncryptViewModel.SIGNING_KEY)), "the signing key was created on first use");

        var step = f.workspaces.recipe().steps().getLast();
        assertEquals(io.safesegment.core.recipe.StepKind.ENCRYPT, step.kind(), "recorded in the window's recipe");
        assertEquals(csv.toAbsolutePath().toString(), step.text("file", null), "a file no step made: by path");
        assertEquals(asc.toAbsolutePath().toString(), step.text("pgpRecipient", null));
        assertEquals(RecipientEncryptViewModel.SIGNING_KEY, step.get("sign").get("vaultKey").asText());
        assertEquals(dir.resolve("list.csv.manifest.json").toAbsolutePath().toString(), step.text("manifest", null));
        assertTrue(step.fields().toString().indexOf("BEGIN PGP") < 0, "key names and files only, no key material");

        f.workspaces.setWorkspace(io.safesegment.core.workspace.Workspace.open(dir.resolve("other")));
        assertNull(pane.recipientProperty().get(), "another workspace forgets the recipient");
        assertNull(pane.manifestProperty().get());
    }
}
