package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review queue: approval requests by status; the selected one's policy revision, dataset and measured risk; a
 * Privacy Officer approves or rejects it with a reason. The role check is the service's, not this view's.
 */
public final class ReviewQueueViewModel {
    private final Supplier<Workspace> workspace;
    private final Supplier<Actor> actor;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable onDecided;
    private final ObjectProperty<ApprovalStatus> status = new SimpleObjectProperty<>(ApprovalStatus.PENDING);
    private final ObservableList<Approval> approvals = FXCollections.observableArrayList();
    private final ObjectProperty<Approval> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");

    /**
     * @param onDecided runs after a decision was stored (e.g. to refresh the audit view)
     */
    public ReviewQueueViewModel(Supplier<Workspace> workspace, Supplier<Actor> actor, TaskExecutor tasks,
                                DialogService dialogs, Runnable onDecided) {
        this.workspace = workspace;
        this.actor = actor;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onDecided = onDecided;
        selected.addListener((o, was, now) -> details.set(now == null ? "" : describe(now)));
        status.addListener((o, was, now) -> refresh());
    }

    /** Reloads the requests with the chosen status (null = all). */
    public void refresh() {
        Workspace ws = workspace.get();
        if (ws == null) {
            approvals.clear();
            return;
        }
        ApprovalStatus s = status.get();
        tasks.run(i18n("governance.review.task"), p -> ApprovalService.list(ws, s), approvals::setAll,
                e -> dialogs.showError(i18n("governance.review.task"), e));
    }

    /** Approves the selected request. */
    public void approve() {
        decide(true);
    }

    /** Rejects the selected request with the typed reason. */
    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        Approval a = selected.get();
        Workspace ws = workspace.get();
        if (a == null || ws == null) {
            return;
        }
        Actor who = actor.get();
        String why = reason.get();
        tasks.run(i18n(approve ? "governance.review.approve" : "governance.review.reject"), p -> approve
                ? ApprovalService.approve(ws, who, a.id(), why) : ApprovalService.reject(ws, who, a.id(), why),
                decided -> {
                    reason.set("");
                    dialogs.notify(i18n("governance.review.decided", decided.id(), decided.policyRef(),
                            GovernanceLabels.status(decided.status())));
                    refresh();
                    onDecided.run();
                }, e -> dialogs.showError(i18n(approve ? "governance.review.approve" : "governance.review.reject"),
                        e));
    }

    /** Whether approve/reject have a pending request to act on. */
    public BooleanBinding decisionDisabled() {
        return Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().status() != ApprovalStatus.PENDING, selected);
    }

    static String describe(Approval a) {
        return i18n("governance.review.details", a.policyRef(), a.dataset() == null ? "—" : a.dataset(),
                a.risk().summary(), a.requestedBy(), a.note() == null ? "—" : a.note(),
                a.reason() == null ? "—" : a.reason());
    }

    public ObjectProperty<ApprovalStatus> statusProperty() {
        return status;
    }

    public ObservableList<Approval> approvals() {
        return approvals;
    }

    public ObjectProperty<Approval> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty detailsProperty() {
        return details;
    }
}
