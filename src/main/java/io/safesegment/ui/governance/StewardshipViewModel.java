package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.backup.BackupService;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.retention.RetentionService;
import io.safesegment.core.recipe.RecipeRecordingService;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.governance.retention.RetentionStatus;
import io.safesegment.core.subject.SubjectRequest;
import io.safesegment.core.subject.SubjectRequestService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Subject requests with their deadlines, retention reminders, and the backup / restore buttons (an Administrator's;
 * the service checks the role). Restore asks for confirmation: it replaces the whole workspace.
 */
public final class StewardshipViewModel {
    private final Supplier<Workspace> workspace;
    private final SessionRecipe recipe;
    private final Supplier<Actor> actor;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable onChanged;
    private final ObservableList<SubjectRequest> requests = FXCollections.observableArrayList();
    private final ObservableList<RetentionStatus> retention = FXCollections.observableArrayList();

    /**
     * @param recipe    the window's recipe: a written backup is recorded there as a {@code backup} step
     * @param onChanged runs after a backup or restore (refreshes the other views)
     */
    public StewardshipViewModel(Supplier<Workspace> workspace, Supplier<Actor> actor, TaskExecutor tasks,
                                DialogService dialogs, SessionRecipe recipe, Runnable onChanged) {
        this.recipe = recipe;
        this.workspace = workspace;
        this.actor = actor;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
    }

    /** Reloads requests and retention. */
    public void refresh() {
        Workspace ws = workspace.get();
        if (ws == null) {
            requests.clear();
            retention.clear();
            return;
        }
        tasks.run(i18n("governance.requests.task"), p -> new Loaded(SubjectRequestService.list(ws),
                RetentionService.check(ws, Instant.now())), loaded -> {
                    requests.setAll(loaded.requests());
                    retention.setAll(loaded.retention());
                }, e -> dialogs.showError(i18n("governance.requests.task"), e));
    }

    /** Asks for a file and a password and writes an encrypted backup. */
    public void backup() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        dialogs.save(i18n("governance.backup.create"), ws.directory().getFileName() + ".ssbackup", null,
                List.of(DialogService.FileFilter.of(i18n("governance.backup.files"), "*.ssbackup")))
                .ifPresent(out -> dialogs.askPassword(i18n("governance.backup.create"),
                        i18n("governance.backup.password")).ifPresent(password -> {
                            Actor who = actor.get();
                            tasks.run(i18n("governance.backup.create"), p -> {
                                try {
                                    return BackupService.create(ws.directory(), out, password, who, p);
                                } finally {
                                    Secrets.wipe(password);
                                }
                            }, r -> {
                                // the password is not recorded: a replay reads it from a file or the environment
                                RecipeRecordingService.recordBackup(recipe, out);
                                dialogs.notify(i18n("governance.backup.done", r.files(), out.getFileName()));
                                onChanged.run();
                            }, e -> dialogs.showError(i18n("governance.backup.create"), e));
                        }));
    }

    /** Asks for a backup file, a confirmation and the password, then restores it over the workspace. */
    public void restore() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        dialogs.open(i18n("governance.backup.restore"), null, List.of(DialogService.FileFilter.of(
                i18n("governance.backup.files"), "*.ssbackup"))).filter(in -> dialogs.confirm(
                i18n("governance.backup.restore"), i18n("governance.backup.confirm", ws.directory().getFileName()),
                i18n("governance.backup.restore"))).ifPresent(in -> dialogs.askPassword(
                i18n("governance.backup.restore"), i18n("governance.backup.password")).ifPresent(password -> {
                    Actor who = actor.get();
                    tasks.run(i18n("governance.backup.restore"), p -> {
                        try {
                            return BackupService.restore(in, ws.directory(), password, who, p);
                        } finally {
                            Secrets.wipe(password);
                        }
                    }, r -> {
                        dialogs.notify(i18n("governance.backup.restored", r.files(), r.createdAt()));
                        onChanged.run();
                    }, e -> dialogs.showError(i18n("governance.backup.restore"), e));
                }));
    }

    private record Loaded(List<SubjectRequest> requests, List<RetentionStatus> retention) {
    }

    public ObservableList<SubjectRequest> requests() {
        return requests;
    }

    public ObservableList<RetentionStatus> retention() {
        return retention;
    }
}
