package io.safesegment.ui.shell.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.core.crypto.vault.KeyVault;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in and first-administrator flows without the JavaFX toolkit (same-thread executor). */
class SignInViewModelTest {
    @TempDir
    Path dir;

    private final WorkspaceSession session = new WorkspaceSession();
    private SignInViewModel model;

    @BeforeEach
    void setUp() {
        I18n.setLocale(Locale.ENGLISH);
        session.setWorkspace(Workspace.open(dir));
        model = new SignInViewModel(session, TaskExecutor.sameThread());
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aPreExistingWorkspaceGetsItsAdministratorWhoIsThenSignedIn() {
        assertFalse(model.signInNeeded());
        model.userProperty().set("ada");
        model.createAdministrator("passphrase 1".toCharArray(), "passphrase 2".toCharArray());
        assertEquals("The two passwords differ.", model.errorProperty().get());
        assertFalse(AccessService.isGoverned(dir));

        model.createAdministrator("passphrase 1".toCharArray(), "passphrase 1".toCharArray());
        assertEquals("", model.errorProperty().get());
        assertTrue(model.doneProperty().get());
        assertEquals(new Actor("ada", Role.ADMINISTRATOR), session.actor());
        assertTrue(model.signInNeeded());
        assertEquals("Signed in: ada (Administrator)", SignInViewModel.describe(session.actor()));
    }

    @Test
    void aWrongPasswordShowsTheReasonInTheUiLanguageAndARightOneSignsIn() {
        AccessService.initialise(dir, "ada", "passphrase 1".toCharArray());
        model.prepare();
        model.userProperty().set("ada");
        model.signIn(new char[0]);
        assertEquals("Enter the account name and the password.", model.errorProperty().get());
        I18n.setLocale(I18n.CHINESE);
        model.signIn("wrong one!".toCharArray());
        assertEquals("登录失败：账户名未知或密码错误", model.errorProperty().get());
        assertNull(session.actor());
        assertFalse(model.doneProperty().get());

        model.signIn("passphrase 1".toCharArray());
        assertEquals(new Actor("ada", Role.ADMINISTRATOR), session.actor());
        assertTrue(model.doneProperty().get());
        assertEquals("已登录：ada（管理员）", SignInViewModel.describe(session.actor()));

        model.signOut();
        assertNull(session.actor());
        var actions = AuditService.list(Workspace.open(dir), AuditFilter.ALL).stream().map(e -> e.action()).toList();
        assertEquals("sign-out", actions.getLast());
        assertTrue(actions.contains("sign-in-failed") && actions.contains("sign-in"), actions.toString());
    }

    @Test
    void anOfficersSignInOpensTheVaultWithTheVaultPasswordKeptForHer() throws Exception {
        try (KeyVault vault = KeyVault.openOrCreate(dir, "vault passphrase".toCharArray())) {
            assertTrue(vault.list().isEmpty());
        }
        model.userProperty().set("ada");
        model.createAdministrator("not the vault one".toCharArray(), "not the vault one".toCharArray());
        assertTrue(model.errorProperty().get().contains("wrong password"), model.errorProperty().get());
        assertFalse(AccessService.isGoverned(dir), "a wrong vault password governs nothing");
        model.createAdministrator("vault passphrase".toCharArray(), "vault passphrase".toCharArray());
        assertEquals(new Actor("ada", Role.ADMINISTRATOR), session.actor());
        try (AccessService.Session admin = AccessService.signIn(dir, "ada", "vault passphrase".toCharArray(), null)) {
            AccessService.addUser(dir, admin, "olivia", Role.PRIVACY_OFFICER, "olivia passphrase".toCharArray());
            AccessService.addUser(dir, admin, "andy", Role.ANALYST, "andy passphrase".toCharArray());
        }
        List<KeyVault> opened = new ArrayList<>();
        SignInViewModel withVault = new SignInViewModel(session, TaskExecutor.sameThread(), opened::add);
        withVault.userProperty().set("andy");
        withVault.signIn("andy passphrase".toCharArray());
        assertEquals(new Actor("andy", Role.ANALYST), session.actor());
        assertEquals(List.of(), opened, "an analyst gets no vault");
        withVault.userProperty().set("olivia");
        withVault.signIn("olivia passphrase".toCharArray());
        assertEquals(new Actor("olivia", Role.PRIVACY_OFFICER), session.actor());
        assertEquals(1, opened.size(), "opened without typing the vault password");
        opened.forEach(KeyVault::close);
    }

    @Test
    void demoModeSignsInTheDemoPrivacyOfficer() {
        model.signInDemo();
        assertEquals(new Actor(SignInViewModel.DEMO_USER, Role.PRIVACY_OFFICER), session.actor());
        assertEquals("Signed in: demo (Privacy Officer)", SignInViewModel.describe(session.actor()));
        assertEquals("", SignInViewModel.describe(null));
    }
}
