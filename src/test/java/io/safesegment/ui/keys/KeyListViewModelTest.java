package io.safesegment.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key list pane without the JavaFX toolkit. */
class KeyListViewModelTest {
    @TempDir
    Path dir;

    @Test
    void lockedPaneCreatesNothingAndSaysWhy() throws Exception {
        KeysPaneFixture f = new KeysPaneFixture(dir);
        KeyListViewModel pane = f.model.keyList();
        assertTrue(pane.lockedBinding().get());
        pane.createKey("ids", KeyPurpose.PSEUDONYM_HMAC);
        assertEquals(List.of("info: Creating key ids"), f.dialogs.shown);
        assertTrue(pane.keys().isEmpty());
    }

    @Test
    void createAndRotateListEveryVersionAndLockingEmptiesTheList() throws Exception {
        KeysPaneFixture f = new KeysPaneFixture(dir).unlocked();
        KeyListViewModel pane = f.model.keyList();
        assertFalse(pane.lockedBinding().get());
        pane.createKey("customer-ids", KeyPurpose.DETERMINISTIC_AEAD);
        pane.rotate(pane.keys().getFirst());
        assertEquals(List.of(1, 2), pane.keys().stream().map(KeyInfo::version).toList());
        assertTrue(pane.keys().getFirst().retired());
        assertTrue(f.status.getLast().contains("customer-ids"), f.status.getLast());
        assertEquals("Deterministic encryption (AES-SIV)",
                KeyListViewModel.purposeName(pane.keys().getFirst().purpose()));
        f.model.lock();
        assertTrue(pane.keys().isEmpty(), "locked: no keys in memory or on screen");
        assertTrue(pane.lockedBinding().get());
    }
}
