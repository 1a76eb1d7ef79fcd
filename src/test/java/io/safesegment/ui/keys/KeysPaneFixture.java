package io.safesegment.ui.keys;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Keys ViewModels on a same-thread executor without the JavaFX toolkit, over a fresh workspace: what the
 * per-pane ViewModel tests start from.
 */
final class KeysPaneFixture {
    static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);

    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<String> status = new ArrayList<>();
    final WorkspaceSession workspaces = new WorkspaceSession();
    final VaultSession vaults = new VaultSession(workspaces);
    final KeysViewModel model;
    final Path workspace;

    KeysPaneFixture(Path dir) throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        TaskExecutor tasks = TaskExecutor.sameThread();
        model = new KeysViewModel(workspaces, vaults, new UnlockViewModel(workspaces, vaults, tasks, CHEAP), tasks,
                dialogs, status::add);
        workspace = dir.resolve("ws");
        workspaces.setWorkspace(Workspace.open(workspace));
    }

    /** Creates and unlocks the workspace's vault. */
    KeysPaneFixture unlocked() {
        String password = "a long master password 42";
        model.unlock().prepare();
        model.unlock().submit(password.toCharArray(), password.toCharArray());
        if (!vaults.isUnlocked()) {
            throw new IllegalStateException("vault not unlocked: " + dialogs.shown);
        }
        return this;
    }
}
