package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.profile.DatasetProfile;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import tech.tablesaw.api.Table;

/**
 * The profile of the current table, computed in the background when the Profile tab asks for it (profiling a
 * million rows takes seconds, so it is not done on every load).
 */
public final class ProfileModel {
    private final ReadOnlyObjectProperty<Table> table;
    private final ExclusiveTask exclusive;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<DatasetProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private Table profiled;

    ProfileModel(ReadOnlyObjectProperty<Table> table, TaskExecutor tasks, DialogService dialogs) {
        this.table = table;
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> { });
        this.dialogs = dialogs;
        table.addListener((obs, old, now) -> profile.set(null));
    }

    /** Profiles the current table unless its profile is already shown or being computed. */
    public void request() {
        Table current = table.get();
        if (current == null || exclusive.isBusy() || current == profiled && profile.get() != null) {
            return;
        }
        exclusive.start(i18n("data.task.profile", current.name()),
                progress -> DatasetService.profile(current, progress),
                result -> {
                    if (table.get() == current) {
                        profiled = current;
                        profile.set(result);
                    } else {
                        request();
                    }
                },
                error -> {
                    dialogs.showError(i18n("data.error.profile"), error);
                });
    }

    /** The profile of the current table, null until computed. */
    public ReadOnlyObjectProperty<DatasetProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** Whether profiling is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return exclusive.busyProperty();
    }
}
