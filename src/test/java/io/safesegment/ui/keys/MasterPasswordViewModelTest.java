package io.safesegment.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.vault.KeyVault;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master-password pane without the JavaFX toolkit. */
class MasterPasswordViewModelTest {
    @TempDir
    Path dir;

    @Test
    void mismatchAndWeakPasswordsAreRefusedAndTheArraysWiped() throws Exception {
        KeysPaneFixture f = new KeysPaneFixture(dir).unlocked();
        MasterPasswordViewModel pane = f.model.masterPassword();
        char[] a = "one long password 7".toCharArray();
        char[] b = "another long password 8".toCharArray();
        pane.changePassword(a, b);
        assertEquals("The two passwords differ.", pane.passwordMessageProperty().get());
        assertTrue(new String(a).chars().allMatch(c -> c == 0), "wiped");
        char[] weak = "abc".toCharArray();
        pane.newPasswordMeter().typed("abc");
        pane.changePassword(weak, weak.clone());
        assertFalse(pane.passwordMessageProperty().get().isEmpty(), "a weak password is refused with a reason");
        assertEquals(List.of(), f.dialogs.shown);
    }

    @Test
    void aStrongPasswordReEncryptsTheVault() throws Exception {
        KeysPaneFixture f = new KeysPaneFixture(dir).unlocked();
        MasterPasswordViewModel pane = f.model.masterPassword();
        String next = "correct horse battery staple 9";
        pane.changePassword(next.toCharArray(), next.toCharArray());
        assertEquals("Master password changed; the vault was re-encrypted with a fresh salt.", pane.passwordMessageProperty().get());
        f.model.lock();
        KeyVault.open(f.workspace, next.toCharArray()).close();
    }
}
