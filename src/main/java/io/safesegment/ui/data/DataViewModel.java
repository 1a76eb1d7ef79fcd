package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import tech.tablesaw.api.Table;

/**
 * State of the Data section: the workspace's datasets, the selected one, and the table loaded for preview. Loading
 * runs on the {@link TaskRunner}; the view only binds to these properties.
 */
public final class DataViewModel {
    private final WorkspaceSession session;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;

    private final ObservableList<DatasetItem> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Table> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyStringWrapper tableName = new ReadOnlyStringWrapper(this, "tableName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");

    /**
     * @param session the open workspace, whose dataset list this ViewModel follows
     * @param status  receives a short status-bar message after each load
     */
    public DataViewModel(WorkspaceSession session, TaskRunner tasks, DialogService dialogs, Consumer<String> status) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        session.workspaceProperty().addListener((obs, old, now) -> {
            table.set(null);
            tableName.set("");
            summary.set("");
            refresh();
        });
        refresh();
    }

    /** Re-reads the dataset list of the open workspace. */
    public void refresh() {
        Workspace workspace = session.workspace();
        List<DatasetItem> items = new ArrayList<>();
        if (workspace != null) {
            for (Workspace.DatasetEntry entry : workspace.datasets()) {
                long size;
                try {
                    size = Files.size(entry.path());
                } catch (IOException e) {
                    size = -1;
                }
                items.add(new DatasetItem(entry.name(), entry.path(), entry.kind(), size));
            }
        }
        datasets.setAll(items);
        if (selected.get() == null || !datasets.contains(selected.get())) {
            selected.set(datasets.isEmpty() ? null : datasets.getFirst());
        }
    }

    /** Loads the selected dataset in the background; its preview replaces the current one when done. */
    public void loadSelected() {
        DatasetItem item = selected.get();
        if (item == null || loading.get()) {
            return;
        }
        if (!item.exists()) {
            dialogs.showInformation(i18n("data.missing.header"), i18n("data.missing.content", item.path()));
            return;
        }
        loading.set(true);
        long started = System.nanoTime();
        Task<Table> task = tasks.run(i18n("data.task.load", item.name()),
                progress -> CsvTableLoader.load(item.path(), progress),
                loaded -> {
                    loading.set(false);
                    table.set(loaded);
                    tableName.set(item.name());
                    summary.set(i18n("data.summary", loaded.rowCount(), loaded.columnCount(),
                            Math.min(TablePreview.MAX_ROWS, loaded.rowCount())));
                    double seconds = (System.nanoTime() - started) / 1e9;
                    status.accept(i18n("data.status.loaded", item.name(), loaded.rowCount(), seconds));
                },
                error -> {
                    loading.set(false);
                    dialogs.showError(i18n("data.error.load", item.name()), error);
                });
        // A cancelled load calls neither callback, so the flag follows the task's state as well.
        task.stateProperty().addListener((obs, old, state) -> clearLoadingWhenDone(state));
        clearLoadingWhenDone(task.getState());
    }

    private void clearLoadingWhenDone(Worker.State state) {
        if (state == Worker.State.CANCELLED || state == Worker.State.FAILED) {
            loading.set(false);
        }
    }

    /** The datasets of the open workspace. */
    public ObservableList<DatasetItem> datasets() {
        return datasets;
    }

    /** The dataset the Load button acts on. */
    public ObjectProperty<DatasetItem> selectedProperty() {
        return selected;
    }

    /** The loaded table, or null. */
    public ReadOnlyObjectProperty<Table> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Name of the loaded dataset, empty before the first load. */
    public ReadOnlyStringProperty tableNameProperty() {
        return tableName.getReadOnlyProperty();
    }

    /** "N rows × M columns" text for the loaded table. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether a load is running. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Whether the Load action is unavailable (nothing selected, or already loading). */
    public BooleanBinding loadDisabled() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || loading.get(), selected, loading);
    }
}
