package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;

/**
 * What the Keys panes share: the vault session, the task executor, dialogs, the status bar and a refresh of the
 * key list after every change, so each pane ViewModel stays independent of the others.
 */
final class KeysSection {
    final VaultSession vaults;
    final TaskExecutor tasks;
    final DialogService dialogs;
    final Consumer<String> status;
    /** True while the vault is locked (the panes' buttons wait for it). */
    final BooleanBinding locked;
    /** The window's recipe, which records the files encrypted here. */
    final java.util.function.Supplier<io.safesegment.core.recipe.SessionRecipe> recipe;
    /** The one vault or file task the panes run at a time (their buttons wait for it too). */
    final ExclusiveTask exclusive;
    /** Locked, or a task is running: the panes' action buttons wait. */
    final BooleanBinding blocked;
    /** The signed-in account (null on an ungoverned workspace), for services that check it. */
    final java.util.function.Supplier<io.safesegment.core.governance.Actor> actor;
    private final Runnable refresh;

    KeysSection(VaultSession vaults, TaskExecutor tasks, DialogService dialogs, Consumer<String> status,
                Runnable refresh, java.util.function.Supplier<io.safesegment.core.recipe.SessionRecipe> recipe,
                java.util.function.Supplier<io.safesegment.core.governance.Actor> actor) {
        this.vaults = vaults;
        this.actor = actor;
        this.recipe = recipe;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.refresh = refresh;
        this.locked = vaults.vaultProperty().isNull();
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("status.cancelled")));
        this.blocked = locked.or(exclusive.busyProperty());
    }

    /** Work on the unlocked vault. */
    @FunctionalInterface
    interface VaultWork<T> {
        T run(KeyVault vault) throws Exception;
    }

    /** Runs {@code work} on the unlocked vault in the background, then refreshes the key list. */
    <T> void withVault(String title, VaultWork<T> work, Consumer<T> onSuccess, String errorHeadline) {
        KeyVault vault = vaults.vault().orElse(null);
        if (vault == null) {
            dialogs.showInformation(title, i18n("keys.locked"));
            return;
        }
        exclusive.start(title, progress -> {
            progress.update(-1, null);
            return work.run(vault);
        }, result -> {
            refresh();
            onSuccess.accept(result);
        }, error -> {
            refresh();
            dialogs.showError(errorHeadline, error);
        });
    }

    /** Re-reads the key list. */
    void refresh() {
        refresh.run();
    }
}
