package io.safesegment.ui.value;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Value section: where customers and transactions come from (workspace datasets preselected, masked ones first,
 * or any file), one background task at a time with progress and cancel, and the CLV and intent panes.
 */
public final class ValueViewModel {
    private final StringProperty customersFile = new SimpleStringProperty(this, "customersFile", "");
    private final StringProperty transactionsFile = new SimpleStringProperty(this, "transactionsFile", "");
    private final ExclusiveTask task;
    private final ClvPaneViewModel clv;
    private final IntentPaneViewModel intent;
    private final WorkspaceSession session;

    /** Wires the panes; {@code status} receives one-line outcomes for the status bar. */
    public ValueViewModel(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs,
                          Consumer<String> status) {
        this.session = session;
        this.task = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("value.cancelled")));
        this.clv = new ClvPaneViewModel(transactionsFile, task, status);
        this.intent = new IntentPaneViewModel(customersFile, transactionsFile, task, status);
        session.workspaceProperty().addListener((obs, old, now) -> preselect());
        preselect();
    }

    /** Fills empty file fields from the workspace's preferred customers and transactions datasets. */
    void preselect() {
        Workspace ws = session.workspace();
        if (ws == null) {
            return;
        }
        if (customersFile.get().isBlank()) {
            DatasetService.preferredDataset(ws, "customers").map(Dataset::file).ifPresent(f ->
                    customersFile.set(f.toString()));
        }
        if (transactionsFile.get().isBlank()) {
            DatasetService.preferredDataset(ws, "transactions").map(Dataset::file).ifPresent(f ->
                    transactionsFile.set(f.toString()));
        }
    }

    /** Customers file (intent features and column targets). */
    public StringProperty customersFileProperty() {
        return customersFile;
    }

    /** Transactions file (CLV, RFM features, horizon target). */
    public StringProperty transactionsFileProperty() {
        return transactionsFile;
    }

    /** True while a fit or an evaluation runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return task.busyProperty();
    }

    /** Stops the running task. */
    public void cancel() {
        task.cancel();
    }

    /** The CLV pane. */
    public ClvPaneViewModel clv() {
        return clv;
    }

    /** The intent pane. */
    public IntentPaneViewModel intent() {
        return intent;
    }
}
