package io.safesegment.ui.recommend;

import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The Recommendations section's shell: owns the four panes — data ({@link DataPaneViewModel}), models
 * ({@link ModelsPaneViewModel}), evaluation ({@link EvaluationPaneViewModel}) and preview
 * ({@link PreviewPaneViewModel}) — and what they share (one cancellable task at a time, the built interactions, the
 * trained models), and resets them when another workspace opens.
 */
public final class RecommendationsViewModel {
    private final RecommendSection section;
    private final DataPaneViewModel data;
    private final ModelsPaneViewModel models;
    private final EvaluationPaneViewModel evaluation;
    private final PreviewPaneViewModel preview;
    private boolean active;

    /**
     * @param session the open workspace (datasets, saved runs) and the recipe the section records into
     * @param status  receives short status-bar messages
     */
    public RecommendationsViewModel(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs,
            Consumer<String> status) {
        this.section = new RecommendSection(session, tasks, dialogs, status);
        this.preview = new PreviewPaneViewModel(section);
        this.models = new ModelsPaneViewModel(section, preview::trainedChanged);
        section.recipe.setTuning(models::tuned);
        this.evaluation = new EvaluationPaneViewModel(section, models.settings());
        this.data = new DataPaneViewModel(section, () -> {
            models.dataBuilt(section.built.get());
            preview.dataBuilt(section.built.get());
        });
        session.workspaceProperty().addListener((obs, old, now) -> workspaceChanged());
        session.datasetsRevisionProperty().addListener((obs, old, now) ->
                data.source().refresh(session.workspace()));
    }

    /** Called when the section is shown or hidden; lists the workspace's datasets and saved runs when shown. */
    public void setActive(boolean shown) {
        boolean first = shown && !active;
        active = shown;
        if (first) {
            refreshWorkspace();
        }
    }

    private void workspaceChanged() {
        section.built.set(null);
        section.trained.clear();
        section.dataSummary.set("");
        preview.clear();
        evaluation.clear();
        if (active) {
            refreshWorkspace();
        }
    }

    /** Re-reads the dataset list and the saved evaluation runs of the open workspace. */
    public void refreshWorkspace() {
        data.source().refresh(section.session.workspace());
        evaluation.refreshRuns();
    }

    /** Builds the interactions (see {@link DataPaneViewModel#buildInteractions()}). */
    public void buildInteractions() {
        data.buildInteractions();
    }

    /** Trains the ticked models (see {@link ModelsPaneViewModel#train()}). */
    public void train() {
        models.train();
    }

    /** Cross-validates the ticked models (see {@link EvaluationPaneViewModel#evaluate()}). */
    public void evaluate() {
        evaluation.evaluate();
    }

    /** Previews models A and B (see {@link PreviewPaneViewModel#runPreview()}). */
    public void runPreview() {
        preview.runPreview();
    }

    /** Cancels the running task of this section, if any. */
    public void cancel() {
        section.exclusive.cancel();
    }

    /** True while nothing is built (the model, evaluation and preview buttons wait for data). */
    public BooleanBinding notBuilt() {
        return section.built.isNull();
    }

    public DataPaneViewModel dataPane() {
        return data;
    }

    public ModelsPaneViewModel modelsPane() {
        return models;
    }

    public EvaluationPaneViewModel evaluationPane() {
        return evaluation;
    }

    public PreviewPaneViewModel previewPane() {
        return preview;
    }

    public RecommendSource source() {
        return data.source();
    }

    public ModelSettings settings() {
        return models.settings();
    }

    public EvaluationResults evaluation() {
        return evaluation.evaluation();
    }

    public PreviewState preview() {
        return preview.preview();
    }

    public ReadOnlyObjectProperty<BuiltInteractions> builtProperty() {
        return section.built.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataSummaryProperty() {
        return section.dataSummary.getReadOnlyProperty();
    }

    public ObservableList<TrainedModel> trained() {
        return section.trained;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return section.exclusive.busyProperty();
    }
}
