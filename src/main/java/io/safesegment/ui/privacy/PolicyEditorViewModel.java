package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.detect.ColumnDetection;
import io.safesegment.core.privacy.detect.DetectionReport;
import io.safesegment.core.privacy.mask.KeepOperator;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The policy editor pane: one row per column with role, operator and parameters, edited as a {@link PolicyDraft}.
 * Edits, browsing and undo/redo change only the draft; {@link #apply()} (the Apply button, Ctrl+S) saves exactly
 * one new revision, which review and export then use. A rule that cannot run is shown on its row and blocks review
 * and export with the reason; it never falls back to the last valid rule.
 */
public final class PolicyEditorViewModel {
    private final PrivacyState state;
    private final PolicyDraft draft = new PolicyDraft();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper policyProblems = new ReadOnlyStringWrapper(this, "policyProblems", "");
    private final ReadOnlyStringWrapper invalidReason = new ReadOnlyStringWrapper(this, "invalidReason", "");
    private final StringBinding blockedReason;
    private boolean syncing;

    PolicyEditorViewModel(PrivacyState state) {
        this.state = state;
        draft.currentProperty().addListener((obs, old, now) -> syncRows());
        blockedReason = Bindings.createStringBinding(() -> !invalidReason.get().isEmpty() ? invalidReason.get()
                : draft.dirtyProperty().get() ? i18n("privacy.draft.unapplied") : "", invalidReason,
                draft.dirtyProperty());
    }

    /** New dataset: one row per column; the draft starts from the applied policy (if any). */
    void setColumns(List<String> names) {
        List<ColumnRow> rows = new ArrayList<>();
        names.forEach(n -> rows.add(watch(new ColumnRow(n))));
        selected.set(null);
        columns.setAll(rows);
        resetToApplied();
    }

    /** Starts the draft over from the applied policy (loaded, applied, or a new dataset). */
    void resetToApplied() {
        MaskingPolicy p = state.policy.get();
        draft.reset(p == null ? null : DraftState.of(p));
        syncRows();
    }

    /**
     * A detection arrived: a new, unsaved policy with the detected roles when there is none yet; otherwise columns
     * the policy has no role for get the detected one. An unapplied draft is kept.
     */
    void detected(DetectionReport report) {
        MaskingPolicy current = state.policy.get();
        if (current == null) {
            state.policy.set(new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, java.util.UUID.randomUUID().toString(),
                    1, "Policy for " + report.dataset(), Instant.now(), report.suggestedRoles(), List.of()));
        } else {
            Map<String, ColumnRole> roles = new LinkedHashMap<>(current.roles());
            report.columns().forEach(c -> roles.putIfAbsent(c.column(), c.suggestedRole()));
            state.policy.set(new MaskingPolicy(current.formatVersion(), current.id(), current.revision(),
                    current.name(), current.updatedAt(), roles, current.rules(), current.riskTargets()));
        }
        if (!draft.dirtyProperty().get()) {
            resetToApplied();
        } else {
            syncRows();
        }
    }

    private ColumnRow watch(ColumnRow row) {
        row.roleProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && draft.get() != null) {
                draft.edit(draft.get().withRole(row.column(), now));
            }
        });
        row.operatorProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && draft.get() != null) {
                draft.edit(draft.get().withRule(row.column(), new DraftState.RuleText(now,
                        defaultParams(row.column(), now))));
            }
        });
        row.paramsProperty().addListener((obs, old, now) -> {
            if (!syncing && draft.get() != null) {
                draft.edit(draft.get().withRule(row.column(), new DraftState.RuleText(row.operatorProperty().get(),
                        now)));
            }
        });
        return row;
    }

    /** The suggested parameters when the user picks the suggested operator again, else none. */
    private String defaultParams(String column, String operator) {
        return suggestion().flatMap(s -> s.ruleFor(column)).filter(r -> r.operator().equals(operator))
                .map(r -> RuleParams.format(r.params())).orElse("");
    }

    private Optional<MaskingPolicy> suggestion() {
        DetectionReport report = state.detection.get();
        if (report == null || draft.get() == null) {
            return Optional.empty();
        }
        Map<String, ColumnRole> roles = draft.get().roles();
        List<ColumnDetection> adjusted = report.columns().stream()
                .map(c -> new ColumnDetection(c.column(), c.matches(), roles.getOrDefault(c.column(),
                        c.suggestedRole()), c.sampled()))
                .toList();
        return Optional.of(PrivacyService.suggest(new DetectionReport(report.dataset(), report.rows(), adjusted)));
    }

    /** Replaces every rule with the suggestion for the current roles and applies it (one revision). */
    public void acceptSuggested() {
        Optional<MaskingPolicy> suggested = suggestion();
        if (suggested.isEmpty()) {
            return;
        }
        Map<String, DraftState.RuleText> rules = new LinkedHashMap<>();
        suggested.get().rules().forEach(r -> rules.put(r.column(),
                new DraftState.RuleText(r.operator(), RuleParams.format(r.params()))));
        draft.edit(new DraftState(draft.get().roles(), rules));
        if (apply()) {
            state.status.accept(i18n("privacy.status.accepted", suggested.get().rules().size()));
        }
    }

    /** Saves the draft as one new revision (Apply, Ctrl+S); refused while a rule is invalid or nothing changed. */
    public boolean apply() {
        MaskingPolicy base = state.policy.get();
        if (base == null || !invalidReason.get().isEmpty() || !draft.dirtyProperty().get()) {
            return false;
        }
        List<MaskingRule> rules = new ArrayList<>();
        draft.get().rules().forEach((column, text) ->
                rules.add(new MaskingRule(column, text.operator(), RuleParams.parse(text.params()))));
        MaskingPolicy next = new MaskingPolicy(base.formatVersion(), base.id(), base.revision() + 1, base.name(),
                Instant.now(), draft.get().roles(), rules, base.riskTargets());
        if (!state.apply(next)) {
            return false;
        }
        draft.markApplied();
        return true;
    }

    /** Undoes the last draft edit (Ctrl+Z). */
    public void undo() {
        draft.undo();
    }

    /** Redoes the last undone draft edit (Ctrl+Y, Ctrl+Shift+Z). */
    public void redo() {
        draft.redo();
    }

    /** Drops the unapplied edits. */
    public void discard() {
        draft.discard();
    }

    /**
     * Called before leaving the editor (another section): with unapplied edits, asks whether to discard them.
     *
     * @return true when the user may leave (nothing unapplied, or they chose to discard); the draft is then clean
     */
    public boolean confirmLeave() {
        if (!draft.dirtyProperty().get()) {
            return true;
        }
        if (state.dialogs.confirm(i18n("privacy.draft.discard.header"), i18n("privacy.draft.discard.message"),
                i18n("privacy.draft.discard.confirm"))) {
            draft.discard();
            return true;
        }
        return false;
    }

    /** Shows the draft on the rows, with each rule's check (see {@link DraftCheck}). */
    private void syncRows() {
        DraftState d = draft.get();
        DraftCheck check = DraftCheck.of(d, state.policy.get());
        Map<String, MaskingRule> suggested = new LinkedHashMap<>();
        suggestion().ifPresent(s -> s.rules().forEach(r -> suggested.put(r.column(), r)));
        syncing = true;
        try {
            for (ColumnRow row : columns) {
                String column = row.column();
                DraftState.RuleText rule = d == null ? null : d.rules().get(column);
                row.roleProperty().set(d == null ? null : d.roles().getOrDefault(column, ColumnRole.OTHER));
                row.operatorProperty().set(rule == null ? KeepOperator.ID : rule.operator());
                row.paramsProperty().set(rule == null ? "" : rule.params());
                MaskingRule s = suggested.get(column);
                row.suggestedRuleProperty().set(s == null ? KeepOperator.ID
                        : ReviewFormat.rule(s.operator(), s.params()));
                row.problemProperty().set(check.problemOf(column));
            }
        } finally {
            syncing = false;
        }
        String invalid = check.firstInvalid();
        invalidReason.set(invalid == null ? "" : i18n("privacy.draft.invalid", invalid));
        policyProblems.set(check.summary());
    }

    /** The rule text of {@code column} in the draft (operator {@code keep} and no parameters without a rule). */
    DraftState.RuleText ruleOf(String column) {
        DraftState d = draft.get();
        DraftState.RuleText r = d == null ? null : d.rules().get(column);
        return r == null ? new DraftState.RuleText(KeepOperator.ID, "") : r;
    }

    /** The draft's roles (for previews). */
    Map<String, ColumnRole> draftRoles() {
        return draft.get() == null ? Map.of() : draft.get().roles();
    }

    /** Sets a column's parameter text as one draft edit (the structured form commits through here). */
    void setParams(String column, String params) {
        if (draft.get() != null) {
            draft.edit(draft.get().withRule(column, new DraftState.RuleText(ruleOf(column).operator(), params)));
        }
    }

    /** The current draft state (the parameter form follows it). */
    javafx.beans.property.ReadOnlyObjectProperty<DraftState> draftProperty() {
        return draft.currentProperty();
    }

    /** One row per column of the dataset. */
    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    /** The row whose rule the parameter form edits. */
    public ObjectProperty<ColumnRow> selectedProperty() {
        return selected;
    }

    /** Problems of the draft, one per line: invalid rules first; else the validator's; empty when valid. */
    public ReadOnlyStringProperty policyProblemsProperty() {
        return policyProblems.getReadOnlyProperty();
    }

    /** Why the draft cannot be applied (an invalid rule), empty otherwise. */
    public ReadOnlyStringProperty invalidReasonProperty() {
        return invalidReason.getReadOnlyProperty();
    }

    /** Why review and export are blocked (invalid rule or unapplied edits); empty when they may run. */
    public StringBinding blockedReason() {
        return blockedReason;
    }

    /** Whether the draft has edits that are not applied (the dirty marker). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return draft.dirtyProperty();
    }

    /** Whether Undo is available. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return draft.canUndoProperty();
    }

    /** Whether Redo is available. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return draft.canRedoProperty();
    }

    /** Whether Apply is unavailable: nothing changed, or a rule is invalid. */
    public BooleanBinding applyDisabled() {
        return draft.dirtyProperty().not().or(invalidReason.isNotEmpty());
    }

    /** Whether Accept suggested policy is unavailable. */
    public BooleanBinding acceptDisabled() {
        return Bindings.createBooleanBinding(() -> state.detection.get() == null || state.policy.get() == null,
                state.detection, state.policy);
    }
}
