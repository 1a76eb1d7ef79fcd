package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.review.MaskedDatasets;
import io.safesegment.core.privacy.review.MaskedExport;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tech.tablesaw.api.Table;

/**
 * The export pane: masks the whole table with the applied policy, leak-scans it and writes it only when nothing
 * leaks ("Export anyway…" with a reason otherwise). Refused with the reason while the editor's draft is invalid or
 * unapplied, so an export never uses another rule than the one on screen. A written export is recorded in the
 * session recipe as a MASK step (policy id + revision) and an EXPORT step.
 */
public final class ExportViewModel {
    private final PrivacyState state;
    private final StringBinding blockedReason;
    private final ExclusiveTask exporting;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ExportState> exportState = new ReadOnlyObjectWrapper<>(this, "exportState",
            ExportState.NONE);
    /** The target of the last blocked export, which "Export anyway…" writes. */
    private Path blockedTarget;
    /** The leak-scan override reason already given for {@link #blockedTarget} (a risk target may still block). */
    private String leakReason;
    /** Whether the last export was blocked by missed risk targets (not by the leak scan). */
    private boolean blockedByRisk;

    /** How the last export attempt ended, for the view's emphasis. */
    public enum ExportState { NONE, REFUSED, BLOCKED, WRITTEN }

    ExportViewModel(PrivacyState state, StringBinding blockedReason) {
        this.state = state;
        this.blockedReason = blockedReason;
        this.exporting = new ExclusiveTask(state.tasks, state.dialogs, () -> message.set(""));
    }

    /** Forgets the last outcome (new dataset). */
    void clear() {
        message.set("");
        exportState.set(ExportState.NONE);
        blockedTarget = null;
    }

    /** Asks for a target file and exports there (Ctrl+E). */
    public void export() {
        Table t = state.table.get();
        if (t == null || state.policy.get() == null || exporting.isBusy() || refused()) {
            return;
        }
        String base = t.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        Path initial = state.session.workspace() == null ? null : state.session.workspace().directory();
        state.dialogs.save(i18n("privacy.export.choose"), base + "-masked.csv", initial,
                List.of(DialogService.FileFilter.of(i18n("privacy.export.filter"), "*.csv")))
                .ifPresent(target -> exportTo(target, null, null));
    }

    /** Shows why the export may not run (invalid or unapplied rule) and returns true; false when it may run. */
    private boolean refused() {
        String reason = blockedReason.get();
        if (reason.isEmpty()) {
            return false;
        }
        exportState.set(ExportState.REFUSED);
        message.set(reason);
        return true;
    }

    /**
     * "Export anyway…" after a blocked export: asks for a reason and writes the blocked target with it — the leak
     * scan's override first; when missed risk targets block it, the privacy officer's risk-target override.
     */
    public void exportAnyway() {
        Path target = blockedTarget;
        if (target == null || exporting.isBusy() || exportState.get() != ExportState.BLOCKED || refused()) {
            return;
        }
        String leak = leakReason;
        if (blockedByRisk) {
            state.dialogs.askText(i18n("privacy.export.risk.header", target.getFileName()),
                    i18n("privacy.export.risk.prompt")).filter(r -> !r.isBlank())
                    .ifPresent(r -> exportTo(target, leak, r));
            return;
        }
        state.dialogs.askText(i18n("privacy.export.anyway.header", target.getFileName()),
                i18n("privacy.export.anyway.prompt")).filter(r -> !r.isBlank())
                .ifPresent(r -> exportTo(target, r, null));
    }

    private void exportTo(Path target, String overrideReason, String riskReason) {
        Table t = state.table.get();
        MaskingPolicy p = state.policy.get();
        message.set(i18n("privacy.export.running"));
        exportState.set(ExportState.NONE);
        blockedTarget = null;
        blockedByRisk = false;
        leakReason = overrideReason;
        KeyMaterial keys = state.keyMaterial(p);
        Path input = inputFile(t);
        MaskedDatasets.Lineage lineage = lineage(t);
        exporting.start(i18n("privacy.task.export", target.getFileName()),
                progress -> PrivacyService.exportTable(t, p, keys, input, target, overrideReason, riskReason, lineage,
                        progress),
                outcome -> finished(outcome, target, p, input));
    }

    private void finished(MaskedExport.Outcome outcome, Path target, MaskingPolicy p, Path input) {
        if (outcome.blockedByLeaks() || outcome.blockedByRisk()) {
            blockedTarget = target;
            exportState.set(ExportState.BLOCKED);
        }
        if (!outcome.blockedByLeaks() && outcome.blockedByRisk()) {
            blockedByRisk = true;
            String missed = io.safesegment.ui.common.I18n.render(outcome.risk().summary());
            message.set(i18n("privacy.export.risk.inline", missed));
            state.status.accept(i18n("privacy.export.risk.inline", missed));
            state.dialogs.showInformation(i18n("privacy.export.risk.blocked"), missed);
            return;
        }
        if (outcome.blocked()) {
            exportState.set(ExportState.BLOCKED);
            String cols = ReviewFormat.leakColumns(outcome.leaks());
            message.set(i18n("privacy.export.blocked.inline", cols));
            state.status.accept(i18n("privacy.export.blocked.inline", cols));
            state.dialogs.showInformation(i18n("privacy.export.blocked.header", cols),
                    ReviewFormat.leakLines(outcome.leaks()));
            return;
        }
        exportState.set(ExportState.WRITTEN);
        if (outcome.dataset() != null) {
            state.session.datasetsChanged();
        }
        record(p, input, target, outcome);
        String done = doneText(outcome, target.getFileName());
        message.set(done);
        // The status bar has the room (and the user the need) to see where exactly the file went.
        state.status.accept(doneText(outcome, target));
        state.dialogs.notify(done);
    }

    private static String doneText(MaskedExport.Outcome outcome, Path where) {
        return outcome.riskOverride() != null ? i18n("privacy.export.risk.overridden", outcome.rows(), where)
                : outcome.overridden() ? i18n("privacy.export.overridden", outcome.rows(), where)
                : i18n("privacy.export.done", outcome.rows(), where);
    }

    /**
     * Appends MASK (input = the step that made the Data section's loaded table — its import, PostgreSQL fetch, role
     * edit, cleaning step or join — else the last import or clean step) and EXPORT steps to the session recipe, and notes the
     * registered masked dataset as the EXPORT step's output.
     */
    private void record(MaskingPolicy p, Path input, Path target, MaskedExport.Outcome outcome) {
        SessionRecipe recipe = state.session.recipe();
        String source = recipe.publishedLoadedTableStep();
        if (source == null) {
            source = lastDataStep(recipe);
        }
        if (source == null && input != null) {
            var file = SessionRecipe.fields().put("file", input.toAbsolutePath().toString());
            source = recipe.append(StepKind.IMPORT, "import", file).name();
        }
        if (source == null) {
            return; // a session join with no file behind it: nothing a replay could read
        }
        var mask = SessionRecipe.fields().put("input", source).put("policyId", p.id())
                .put("policyRevision", p.revision());
        if (outcome.overridden()) {
            mask.put("allowResidual", true);
        }
        if (outcome.riskOverride() != null) { // the officer's justification replays with the step
            mask.put("overrideRiskTargets", outcome.riskOverride().reason());
        }
        String masked = recipe.append(StepKind.MASK, "mask", mask).name();
        String exported = recipe.append(StepKind.EXPORT, "export", SessionRecipe.fields().put("input", masked)
                .put("output", target.toAbsolutePath().toString()).put("format", "csv")).name();
        if (outcome.dataset() != null && state.session.workspace() != null) {
            // Segments and Recommendations read the masked dataset from its workspace copy: they name this step.
            recipe.producedBy(state.session.workspace().directory().resolve(outcome.dataset().file()), exported);
        }
    }

    private static String lastDataStep(SessionRecipe recipe) {
        List<RecipeStep> steps = recipe.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind() == StepKind.IMPORT || steps.get(i).kind() == StepKind.CLEAN) {
                return steps.get(i).name();
            }
        }
        return null;
    }

    private MaskedDatasets.Lineage lineage(Table t) {
        Workspace workspace = state.session.workspace();
        if (workspace == null) {
            return null;
        }
        return PrivacyService.maskedLineage(workspace, t.name());
    }

    /** The workspace file the table was loaded from, so the export never replaces it. */
    private Path inputFile(Table t) {
        Workspace workspace = state.session.workspace();
        if (workspace == null) {
            return null;
        }
        return workspace.datasets().stream().filter(d -> d.name().equals(t.name()))
                .map(Workspace.DatasetEntry::path).findFirst().orElse(null);
    }

    /** The outcome of the last export, or why it may not run. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How the last export ended. */
    public ReadOnlyObjectProperty<ExportState> exportStateProperty() {
        return exportState.getReadOnlyProperty();
    }

    /** Whether an export is running. */
    public javafx.beans.property.ReadOnlyBooleanProperty exportingProperty() {
        return exporting.busyProperty();
    }

    /** Whether "Export anyway…" is offered: the last export was blocked and nothing runs. */
    public BooleanBinding exportAnywayAvailable() {
        return Bindings.createBooleanBinding(() -> exportState.get() == ExportState.BLOCKED
                && !exporting.isBusy(), exportState, exporting.busyProperty());
    }

    /** Whether Export is unavailable. */
    public BooleanBinding exportDisabled() {
        return Bindings.createBooleanBinding(() -> state.table.get() == null || state.policy.get() == null
                || exporting.isBusy(), state.table, state.policy, exporting.busyProperty());
    }
}
