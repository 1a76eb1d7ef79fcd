package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.AuditVerification;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit view: entries filtered by text (object), action, user and date range, the chain verification status, and
 * the CSV export through {@link AuditService#exportCsv}.
 */
public final class AuditViewModel {
    private final Supplier<Workspace> workspace;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty chainStatus = new SimpleStringProperty("");
    private final ObjectProperty<AuditVerification> verification = new SimpleObjectProperty<>();

    /** A view model reading the workspace {@code workspace} supplies (null when none is open). */
    public AuditViewModel(Supplier<Workspace> workspace, TaskExecutor tasks, DialogService dialogs) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The actions to filter by (null = all). */
    public List<AuditAction> actions() {
        return List.of(AuditAction.values());
    }

    /** Reads the filtered entries and verifies the chain. */
    public void refresh() {
        Workspace ws = workspace.get();
        if (ws == null) {
            entries.clear();
            chainStatus.set(i18n("governance.audit.noWorkspace"));
            return;
        }
        AuditFilter filter;
        try {
            filter = filter();
        } catch (IllegalArgumentException e) {
            dialogs.showError(i18n("governance.audit.badRange"), e);
            return;
        }
        tasks.run(i18n("governance.audit.task"), p -> new Loaded(AuditService.list(ws, filter),
                AuditService.verify(ws, List.of())), loaded -> {
                    entries.setAll(loaded.entries());
                    verification.set(loaded.verification());
                    AuditVerification v = loaded.verification();
                    chainStatus.set(v.valid() ? i18n("governance.audit.chainVerified", v.entries())
                            : i18n("governance.audit.chainBroken", v.firstBrokenSequence(), v.reason()));
                }, e -> dialogs.showError(i18n("governance.audit.task"), e));
    }

    /** Asks where to save and writes the filtered entries as CSV. */
    public void exportCsv() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        AuditFilter filter = filter();
        dialogs.save(i18n("governance.audit.export"), "audit.csv", null,
                List.of(DialogService.FileFilter.of("CSV", "*.csv"))).ifPresent(out ->
                tasks.run(i18n("governance.audit.export"), p -> AuditService.exportCsv(ws, filter, out), n -> {
                    dialogs.notify(i18n("governance.audit.exported", n, out.getFileName()));
                    refresh();
                }, e -> dialogs.showError(i18n("governance.audit.export"), e)));
    }

    private AuditFilter filter() {
        String text = search.get() == null || search.get().isBlank() ? null : search.get().strip();
        String who = user.get() == null || user.get().isBlank() ? null : user.get().strip();
        return new AuditFilter(action.get(), who, since.get() == null ? null
                : since.get().atStartOfDay(ZoneOffset.UTC).toInstant(), until.get() == null ? null
                : until.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), text);
    }

    private record Loaded(List<AuditEntry> entries, AuditVerification verification) {
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public StringProperty chainStatusProperty() {
        return chainStatus;
    }

    public ObjectProperty<AuditVerification> verificationProperty() {
        return verification;
    }

}
