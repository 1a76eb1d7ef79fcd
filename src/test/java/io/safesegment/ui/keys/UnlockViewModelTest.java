package io.safesegment.ui.keys;

import static io.safesegment.ui.keys.FxRun.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class UnlockViewModelTest {
    private static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);

    @TempDir
    Path dir;

    private WorkspaceSession workspaces;
    private VaultSession vaults;
    private UnlockViewModel model;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void setUp() throws Exception {
        workspaces = new WorkspaceSession();
        vaults = new VaultSession(workspaces);
        model = new UnlockViewModel(workspaces, vaults, TaskRunner.sameThread(), CHEAP);
        Workspace ws = Workspace.open(dir.resolve("ws"));
        fx(() -> workspaces.setWorkspace(ws));
    }

    @Test
    void createsAVaultWhenTheWorkspaceHasNoneAndChecksTheConfirmation() throws Exception {
        fx(model::prepare);
        assertEquals(UnlockViewModel.Mode.CREATE, model.modeProperty().get());

        char[] password = "correct horse".toCharArray();
        char[] confirm = "correct house".toCharArray();
        fx(() -> model.submit(password, confirm));
        assertEquals("The two passwords differ.", model.errorProperty().get());
        assertArrayEquals(new char[13], password, "refused passwords are wiped too");
        assertFalse(vaults.isUnlocked());

        fx(() -> model.submit("correct horse".toCharArray(), "correct horse".toCharArray()));
        assertTrue(vaults.isUnlocked());
        assertTrue(model.doneProperty().get());
        assertEquals("", model.errorProperty().get());
        assertTrue(KeyVault.exists(dir.resolve("ws")));
        assertEquals(CHEAP, vaults.vault().orElseThrow().argon2Params());
    }

    @Test
    void wrongPasswordShowsAnInlineMessageAndAllowsARetry() throws Exception {
        try (KeyVault vault = KeyVault.create(dir.resolve("ws"), "right one".toCharArray(), CHEAP)) {
            vault.create("ids", KeyPurpose.PSEUDONYM_HMAC);
        }
        fx(model::prepare);
        assertEquals(UnlockViewModel.Mode.UNLOCK, model.modeProperty().get());

        char[] wrong = "wrong one".toCharArray();
        fx(() -> model.submit(wrong, new char[0]));
        assertEquals("Wrong password. Try again.", model.errorProperty().get());
        assertFalse(vaults.isUnlocked());
        assertFalse(model.doneProperty().get());
        assertFalse(model.busyProperty().get());
        assertArrayEquals(new char[9], wrong, "the password array is wiped after Argon2 used it");

        fx(() -> model.submit("right one".toCharArray(), new char[0]));
        assertTrue(vaults.isUnlocked());
        assertEquals("", model.errorProperty().get());
        assertEquals("ids", vaults.vault().orElseThrow().list().getFirst().name());
    }

    @Test
    void emptyPasswordIsRefusedWithoutRunningArgon2() throws Exception {
        fx(model::prepare);
        fx(() -> model.submit(new char[0], new char[0]));
        assertEquals("Enter a password.", model.errorProperty().get());
        assertFalse(KeyVault.exists(dir.resolve("ws")));
    }

    @Test
    void aWeakPasswordIsRefusedWithItsReasonUnlessTheUserAcceptsItExplicitly() throws Exception {
        fx(model::prepare);
        char[] weak = "abc".toCharArray();
        fx(() -> model.submit(weak, "abc".toCharArray()));
        assertEquals("This password is too easy to guess (a sequence such as abc or 6543). Choose a longer one — a few "
                + "unrelated words work well — or tick \"Use this weak password anyway\".", model.errorProperty().get());
        assertArrayEquals(new char[3], weak, "a refused password is wiped");
        assertFalse(KeyVault.exists(dir.resolve("ws")));
        assertFalse(vaults.isUnlocked());

        fx(() -> {
            model.passwordTyped("abc");
            model.meter().acceptWeakProperty().set(true);
            model.passwordTyped(""); // the view empties the field when it takes the password out
            model.submit("abc".toCharArray(), "abc".toCharArray());
        });
        assertEquals("", model.errorProperty().get());
        assertTrue(vaults.isUnlocked(), "explicitly accepted");
        assertTrue(KeyVault.exists(dir.resolve("ws")));
    }

    @Test
    void acceptingOneWeakPasswordDoesNotCarryOverToTheNextOne() throws Exception {
        fx(model::prepare);
        fx(() -> {
            model.passwordTyped("abc");
            model.meter().acceptWeakProperty().set(true);
            model.passwordTyped("violet harbour 42"); // a strong one resets the choice
            model.passwordTyped("qwerty");
            model.submit("qwerty".toCharArray(), "qwerty".toCharArray());
        });
        assertTrue(model.errorProperty().get().startsWith("This password is too easy to guess"),
                model.errorProperty().get());
        assertFalse(vaults.isUnlocked());

        fx(model::prepare);
        assertFalse(model.meter().acceptWeakProperty().get(), "a new dialog starts without the confirmation");
    }

    @Test
    void unlockingAnExistingVaultNeverJudgesItsPassword() throws Exception {
        try (KeyVault vault = KeyVault.create(dir.resolve("ws"), "abc".toCharArray(), CHEAP)) {
            vault.list();
        }
        fx(model::prepare);
        fx(() -> model.submit("abc".toCharArray(), new char[0]));
        assertEquals("", model.errorProperty().get());
        assertTrue(vaults.isUnlocked());
    }

    @Test
    void strengthHintOnlyWhileCreating() throws Exception {
        fx(model::prepare);
        fx(() -> model.passwordTyped("abc"));
        assertEquals("Strength: weak — a sequence such as abc or 6543", model.strengthProperty().get());
        assertEquals(PasswordStrength.WEAK, model.meter().strengthProperty().get());
        fx(() -> model.passwordTyped("right one"));
        assertTrue(model.strengthProperty().get().startsWith("Strength: fair — "), model.strengthProperty().get());
        fx(() -> model.passwordTyped("correct horse battery staple"));
        assertEquals("Strength: strong", model.strengthProperty().get());

        KeyVault.create(dir.resolve("ws"), "pw".toCharArray(), CHEAP).close();
        fx(model::prepare);
        fx(() -> model.passwordTyped("abc"));
        assertEquals("", model.strengthProperty().get());
    }

    @Test
    void openingAnotherWorkspaceLocksTheVault() throws Exception {
        fx(model::prepare);
        fx(() -> model.submit("violet harbour 42".toCharArray(), "violet harbour 42".toCharArray()));
        KeyVault unlocked = vaults.vault().orElseThrow();
        Workspace other = Workspace.open(dir.resolve("other"));
        fx(() -> workspaces.setWorkspace(other));
        assertFalse(vaults.isUnlocked());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, unlocked::list)
                .getMessage().contains("closed"), "the old vault was closed, wiping its keys");
    }
}
