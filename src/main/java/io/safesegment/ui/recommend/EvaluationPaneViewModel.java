package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.EvaluationRunStore;
import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceService;
import java.util.List;
import javafx.beans.binding.BooleanBinding;

/**
 * The Evaluation pane: the protocol fields and results ({@link EvaluationResults}), cross-validating the ticked
 * models through {@link RecommendationService#evaluate}, the saved runs, and an {@code evaluate} recipe step per run.
 */
public final class EvaluationPaneViewModel {
    private final RecommendSection section;
    private final ModelSettings settings;
    private final EvaluationResults evaluation = new EvaluationResults();

    EvaluationPaneViewModel(RecommendSection section, ModelSettings settings) {
        this.section = section;
        this.settings = settings;
    }

    /** Re-reads the saved evaluation runs of the open workspace. */
    public void refreshRuns() {
        Workspace workspace = section.session.workspace();
        if (workspace == null) {
            evaluation.savedRuns().clear();
            return;
        }
        try {
            evaluation.savedRuns().setAll(RecommendationService.savedEvaluations(workspace));
        } catch (RuntimeException e) {
            section.dialogs.showError(i18n("recommend.runs.error"), e);
        }
    }

    /** Forgets the shown results (another workspace). */
    void clear() {
        evaluation.overall().clear();
        evaluation.bySegment().clear();
    }

    /** Cross-validates the ticked models with the protocol fields; shows, saves and records the results. */
    public void evaluate() {
        BuiltInteractions data = section.built.get();
        Workspace workspace = section.session.workspace();
        if (data == null || section.exclusive.isBusy()) {
            return;
        }
        List<String> names = settings.selected();
        EvaluationOptions options = section.withUserInput(evaluation::options);
        ModelParameters params = options == null ? null
                : section.withUserInput(() -> settings.parameters(options.seed()));
        if (params == null || names.isEmpty()) {
            if (names.isEmpty()) {
                section.dialogs.showInformation(i18n("recommend.evaluate"), i18n("recommend.error.nomodels"));
            }
            return;
        }
        double longTail = settings.longTailProperty().get();
        var request = section.withUserInput(() -> new RecommendationService.EvaluateRequest(data.choice().inputs(),
                names, options, longTail));
        if (request == null) {
            return;
        }
        String description = data.choice().description();
        List<RunDatasets.Used> inputs = section.builtFrom;
        section.start(i18n("recommend.task.evaluate"), progress -> {
            EvaluationReport report = RecommendationService.evaluate(request, data.loaded(), params,
                    progress.slice(0, 0.98));
            if (workspace != null) {
                EvaluationRunStore.SavedRun saved = RecommendationService.saveEvaluation(workspace, description,
                        report);
                WorkspaceService.recordRunDatasets(workspace, RunDatasets.RECOMMEND_EVALUATION, saved.id(), inputs);
            }
            return report;
        }, report -> {
            evaluation.show(report, description);
            section.recipe.recordEvaluate(data.choice(), names, params, options, longTail);
            refreshRuns();
            section.status.accept(i18n("recommend.status.evaluated", report.models().size()));
        });
    }

    /** Shows a saved run's results table (read in the background). */
    public void openSavedRun(EvaluationRunStore.Summary run) {
        Workspace workspace = section.session.workspace();
        if (run == null || workspace == null || section.exclusive.isBusy()) {
            return;
        }
        section.start(i18n("recommend.task.openrun"),
                progress -> RecommendationService.savedEvaluation(workspace, run.id())
                        .orElseThrow(() -> new IllegalStateException(i18n("recommend.error.runmissing"))),
                saved -> evaluation.show(saved.report(), saved.source()));
    }

    /** Protocol fields, results tables and saved runs. */
    public EvaluationResults evaluation() {
        return evaluation;
    }

    /** True while evaluation cannot start (a task runs or nothing is built). */
    public BooleanBinding evaluateDisabled() {
        return section.exclusive.busyProperty().or(section.built.isNull());
    }
}
