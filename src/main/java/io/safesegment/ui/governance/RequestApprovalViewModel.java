package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.release.ReleaseService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Request approval…": asks a Privacy Officer to approve the newest saved revision of a policy for export of one
 * dataset, with a purpose; the service measures the risk of the masked dataset and files the request (anyone may
 * request; four-eyes: the requester cannot decide it, record 0034).
 */
public final class RequestApprovalViewModel {
    private final Supplier<Workspace> workspace;
    private final Supplier<Actor> actor;
    private final DialogService dialogs;
    private final Runnable onFiled;
    private final ExclusiveTask work;
    private final ObservableList<String> datasets = FXCollections.observableArrayList();
    private final StringProperty dataset = new SimpleStringProperty();
    private final StringProperty policyId = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param onFiled runs after a request was filed (refreshes the review queue and the audit view)
     */
    public RequestApprovalViewModel(Supplier<Workspace> workspace, Supplier<Actor> actor, TaskExecutor tasks,
                                    DialogService dialogs, Runnable onFiled) {
        this.workspace = workspace;
        this.actor = actor;
        this.dialogs = dialogs;
        this.onFiled = onFiled;
        this.work = new ExclusiveTask(tasks, dialogs, () -> message.set(i18n("governance.request.cancelled")));
        dataset.addListener((o, was, now) -> policyId.set(savedPolicyId(now)));
    }

    /** Reloads the dataset choices. */
    public void refresh() {
        Workspace ws = workspace.get();
        datasets.setAll(ws == null ? java.util.List.of()
                : DatasetService.datasetChoices(ws).stream().map(Dataset::name).toList());
    }

    /** The id of the policy the Privacy section saved for {@code datasetName}, else the name without extension. */
    private String savedPolicyId(String datasetName) {
        Workspace ws = workspace.get();
        if (ws == null || datasetName == null) {
            return "";
        }
        Path saved = PrivacyService.policyFileFor(ws.directory(), datasetName);
        if (Files.isRegularFile(saved)) {
            try {
                return PrivacyService.readPolicy(saved).id();
            } catch (RuntimeException unreadable) {
                return ""; // the request then names the policy by hand; the service reports what is wrong
            }
        }
        return datasetName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
    }

    /** Measures and files the request (long: the whole dataset is masked once). */
    public void request() {
        Workspace ws = workspace.get();
        String name = dataset.get();
        if (ws == null || name == null || work.isBusy()) {
            message.set(ws == null ? "" : i18n("governance.request.chooseDataset"));
            return;
        }
        Actor who = actor.get();
        String policy = policyId.get().strip();
        String note = purpose.get();
        message.set(i18n("governance.request.running"));
        String title = i18n("governance.request.task", name);
        work.start(title, p -> ReleaseService.requestApproval(ws, who, name, policy, note, p), filed -> {
            purpose.set("");
            message.set(i18n("governance.request.filed", filed.id(), filed.policyRef()));
            onFiled.run();
        }, error -> {
            message.set("");
            dialogs.showError(title, error);
        });
    }

    /** Stops a running measurement. */
    public void cancel() {
        work.cancel();
    }

    public ObservableList<String> datasets() {
        return datasets;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    public StringProperty policyIdProperty() {
        return policyId;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ExclusiveTask work() {
        return work;
    }
}
