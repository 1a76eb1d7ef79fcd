package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.ProgressWork;
import io.safesegment.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the Campaigns panes share: the one background task of the section, the dialogs, the status line and the
 * transactions file that rules, odd transactions and the policy simulator read.
 */
final class CampaignSection {
    final DialogService dialogs;
    final Consumer<String> status;
    final ExclusiveTask exclusive;
    final ObjectProperty<Path> transactions = new SimpleObjectProperty<>(this, "transactions");

    /** The window's recipe, where written assignment lists are recorded. */
    final io.safesegment.core.recipe.SessionRecipe recipe;

    /** The window's workspace and account, or null outside a window (tests): campaigns are then file-only. */
    final io.safesegment.ui.common.WorkspaceSession session;

    CampaignSection(TaskExecutor tasks, DialogService dialogs, Consumer<String> status,
                    io.safesegment.core.recipe.SessionRecipe recipe, io.safesegment.ui.common.WorkspaceSession session) {
        this.recipe = recipe;
        this.session = session;
        this.dialogs = dialogs;
        this.status = status;
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("campaign.status.cancelled")));
    }

    /** The open workspace's directory, or null. */
    Path workspaceDirectory() {
        return session == null || session.workspace() == null ? null : session.workspace().directory();
    }

    /** The signed-in account, or null. */
    io.safesegment.core.governance.Actor actor() {
        return session == null ? null : session.actor();
    }

    /** Lets the user pick a CSV file. */
    Optional<Path> chooseCsv(String title) {
        return dialogs.open(title, null, List.of(DialogService.FileFilter.of(i18n("campaign.filter.csv"), "*.csv")));
    }

    /** Reads user input; a value out of range is shown to the user and gives null. */
    <T> T withUserInput(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            dialogs.showError(i18n("campaign.error.input"), e);
            return null;
        }
    }

    /** Starts work unless another task of the section runs. */
    <T> void start(String title, ProgressWork<T> work, Consumer<T> onSuccess) {
        exclusive.start(title, work, onSuccess);
    }

    static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(i18n("campaign.error.number", text));
        }
    }

    static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(i18n("campaign.error.number", text));
        }
    }
}
