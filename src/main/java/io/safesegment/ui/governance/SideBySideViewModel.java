package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.release.ReleaseService;
import io.safesegment.core.release.RequestReview;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The side-by-side review of the request selected in the queue (record 0034): its dataset's first rows before and
 * after its policy revision, and the risk figures measured with the request next to them. The service refuses an
 * Analyst (the "before" side holds unmasked values).
 */
public final class SideBySideViewModel {
    /** Rows shown on each side. */
    static final int SAMPLE_ROWS = 20;

    private final Supplier<Workspace> workspace;
    private final Supplier<Actor> actor;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", i18n("governance.side.none"));
    private final ReadOnlyObjectWrapper<List<String>> columns = new ReadOnlyObjectWrapper<>(this, "columns",
            List.of());
    private final ObservableList<List<String>> before = FXCollections.observableArrayList();
    private final ObservableList<List<String>> after = FXCollections.observableArrayList();
    private final ObservableList<List<String>> risk = FXCollections.observableArrayList();

    public SideBySideViewModel(Supplier<Workspace> workspace, Supplier<Actor> actor, TaskExecutor tasks,
                               DialogService dialogs) {
        this.workspace = workspace;
        this.actor = actor;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Loads the review of {@code request}, or clears the panes when it is null. */
    public void load(Approval request) {
        Workspace ws = workspace.get();
        clear();
        if (request == null || ws == null) {
            return;
        }
        Actor who = actor.get();
        tasks.run(i18n("governance.side.task"), p -> ReleaseService.reviewRequest(ws, who, request.id(), SAMPLE_ROWS,
                p), this::show, e -> {
                    title.set(i18n("governance.side.none"));
                    dialogs.showError(i18n("governance.side.task"), e);
                });
    }

    private void clear() {
        title.set(i18n("governance.side.none"));
        columns.set(List.of());
        before.clear();
        after.clear();
        risk.clear();
    }

    private void show(RequestReview review) {
        title.set(i18n("governance.side.title", review.approvalId(), review.policyRef(), review.dataset(),
                review.before().size()));
        columns.set(review.columns());
        before.setAll(review.before());
        List<List<String>> masked = new ArrayList<>();
        for (List<String> row : review.after()) {
            masked.add(row.stream().map(v -> v == null ? i18n("governance.side.removed") : v).toList());
        }
        after.setAll(masked);
        ApprovalRisk r = review.risk();
        risk.setAll(List.of(figure(i18n("governance.side.k"), r.k()), figure(i18n("governance.side.l"), r.l()),
                figure(i18n("governance.side.t"), r.t()), figure(i18n("governance.side.prosecutor"), r.prosecutor()),
                figure(i18n("governance.side.journalist"), r.journalist()),
                figure(i18n("governance.side.marketer"), r.marketer())));
    }

    private static List<String> figure(String name, Number value) {
        String text = value == null ? "—" : value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d)
                : value.toString();
        return List.of(name, text);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The dataset's columns, in order (both sides share them). */
    public ReadOnlyObjectProperty<List<String>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ObservableList<List<String>> before() {
        return before;
    }

    public ObservableList<List<String>> after() {
        return after;
    }

    /** Rows of (figure name, value). */
    public ObservableList<List<String>> risk() {
        return risk;
    }
}
