package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import tech.tablesaw.api.Table;

/**
 * The Privacy section's shell: follows the Data section's table and owns the panes' ViewModels — detection,
 * policy editor (with its parameter form), review and export — which share one {@link PrivacyState}.
 */
public final class PrivacyViewModel {
    private final PrivacyState state;
    private final Runnable showDataSection;
    private final BooleanBinding demoKey;
    private final DetectionViewModel detection;
    private final PolicyEditorViewModel editor;
    private final RuleFormViewModel form;
    private final ReviewViewModel review;
    private final ExportViewModel export;
    private final AnonymiseViewModel anonymise;
    private boolean active;

    /**
     * @param session         the open workspace (policies are saved in its {@code policies/} folder)
     * @param source          the table loaded in the Data section
     * @param status          receives short status-bar messages
     * @param showDataSection switches the window to the Data section (empty state's button)
     * @param debouncer       delays review and preview re-runs while the user is still editing
     * @param vault           the workspace key vault while unlocked (keyed operators use its keys), else null
     */
    public PrivacyViewModel(WorkspaceSession session, ReadOnlyObjectProperty<Table> source, TaskExecutor tasks,
                            DialogService dialogs, Consumer<String> status, Runnable showDataSection,
                            Debouncer debouncer, ReadOnlyObjectProperty<KeyVault> vault) {
        this.state = new PrivacyState(session, tasks, dialogs, status, vault);
        this.showDataSection = showDataSection;
        this.demoKey = Bindings.isNull(vault);
        this.editor = new PolicyEditorViewModel(state);
        this.detection = new DetectionViewModel(state, editor);
        this.form = new RuleFormViewModel(state, editor, debouncer);
        this.review = new ReviewViewModel(state, debouncer, editor.blockedReason());
        this.export = new ExportViewModel(state, editor.blockedReason());
        this.anonymise = new AnonymiseViewModel(state, editor.dirtyProperty(), editor::resetToApplied);
        source.addListener((obs, old, now) -> datasetChanged(now));
        datasetChanged(source.get());
    }

    /** As above, without a key vault (a throw-away demo key). */
    public PrivacyViewModel(WorkspaceSession session, ReadOnlyObjectProperty<Table> source, TaskExecutor tasks,
                            DialogService dialogs, Consumer<String> status, Runnable showDataSection,
                            Debouncer debouncer) {
        this(session, source, tasks, dialogs, status, showDataSection, debouncer, new SimpleObjectProperty<>());
    }

    /** The application's ViewModel: reviews and previews re-run 350 ms after the last edit. */
    public static PrivacyViewModel create(WorkspaceSession session, ReadOnlyObjectProperty<Table> source,
                                          TaskExecutor tasks, DialogService dialogs, Consumer<String> status,
                                          Runnable showDataSection, ReadOnlyObjectProperty<KeyVault> vault) {
        return new PrivacyViewModel(session, source, tasks, dialogs, status, showDataSection,
                Debouncer.fx(javafx.util.Duration.millis(350)), vault);
    }

    private void datasetChanged(Table now) {
        keepOrDropDraftOfPreviousDataset();
        review.clear();
        export.clear();
        anonymise.reset();
        state.detection.set(null);
        state.policy.set(null);
        state.table.set(now);
        state.policyLocation.set("");
        if (now != null) {
            state.loadSavedPolicy();
        }
        editor.setColumns(now == null ? java.util.List.of() : now.columnNames());
        if (now != null && active) {
            detection.detect();
        }
    }

    /**
     * The draft belongs to the table that is going away. It cannot be kept for the new one, so ask whether to apply
     * it to the previous dataset's policy (still the current file here) or discard it; an invalid draft cannot be
     * applied, which the toast says instead of asking.
     */
    private void keepOrDropDraftOfPreviousDataset() {
        if (!editor.dirtyProperty().get()) {
            return;
        }
        if (!editor.invalidReasonProperty().get().isEmpty()) {
            state.dialogs.notify(i18n("privacy.draft.discarded"));
        } else if (state.dialogs.confirm(i18n("privacy.draft.switch.header", state.table.get() == null ? "" : state.table.get().name()),
                i18n("privacy.draft.switch.message"), i18n("privacy.draft.switch.confirm"))) {
            editor.apply();
        }
    }

    /**
     * Called when the section is shown or hidden. Detection starts when the section is first shown with a dataset;
     * leaving with unapplied policy edits asks whether to discard them (declining keeps the draft for the return).
     */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && state.table.get() != null && state.detection.get() == null) {
            detection.detect();
        } else if (!shown) {
            editor.confirmLeave();
        }
    }

    /** Switches to the Data section (from the empty state). */
    public void showData() {
        showDataSection.run();
    }

    /** Where the policy of the current dataset is saved, or null. */
    Path policyFile() {
        return state.policyFile();
    }

    /** True while keyed operators use a throw-away demo key (the view shows a notice). */
    public BooleanBinding demoKeyProperty() {
        return demoKey;
    }

    /** Whether a dataset is loaded. */
    public BooleanBinding hasTable() {
        return state.table.isNotNull();
    }

    /** The dataset's name. */
    public javafx.beans.binding.StringExpression datasetName() {
        return Bindings.createStringBinding(() -> state.table.get() == null ? "" : state.table.get().name(),
                state.table);
    }

    /** The applied policy (what review and export use), or null before detection without a saved policy. */
    public ReadOnlyObjectProperty<io.safesegment.core.privacy.policy.MaskingPolicy> policyProperty() {
        return state.policy;
    }

    /** Where the policy is saved ("Saved as customers.policy.json (revision 4)"). */
    public ReadOnlyStringProperty policyLocationProperty() {
        return state.policyLocation;
    }

    /** The personal-data pane. */
    public DetectionViewModel detection() {
        return detection;
    }

    /** The policy editor pane. */
    public PolicyEditorViewModel editor() {
        return editor;
    }

    /** The parameter form of the editor's selected rule. */
    public RuleFormViewModel form() {
        return form;
    }

    /** The review pane. */
    public ReviewViewModel review() {
        return review;
    }

    /** The anonymise pane. */
    public AnonymiseViewModel anonymise() {
        return anonymise;
    }

    /** The export pane. */
    public ExportViewModel export() {
        return export;
    }
}
