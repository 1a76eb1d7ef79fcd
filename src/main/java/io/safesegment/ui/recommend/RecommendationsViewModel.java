package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.EvaluationRunStore;
import io.safesegment.core.recommend.FittedModel;
import io.safesegment.core.recommend.ModelContext;
import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.recommend.Recommenders;
import io.safesegment.core.recommend.SegmentPreview;
import io.safesegment.core.recommend.UserPreview;
import io.safesegment.core.recommend.data.SkippedRows;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.ProgressWork;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Recommendations section. It owns the four parts a view binds to — the input choice
 * ({@link RecommendSource}), the models and hyper-parameters ({@link ModelSettings}), the evaluation
 * ({@link EvaluationResults}) and the preview ({@link PreviewState}) — and is the only recommendation UI class that
 * runs core work, always through the {@link TaskExecutor} (one task at a time, cancellable from the status bar).
 */
public final class RecommendationsViewModel {
    /** Segment previews aggregate at most this many members (a seeded sample). */
    static final int SEGMENT_SAMPLE = 2_000;

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final RecommendSource source = new RecommendSource();
    /** The datasets the current interactions were built from, recorded with evaluation runs. */
    private List<RunDatasets.Used> builtFrom = List.of();
    private final ModelSettings settings = new ModelSettings();
    private final EvaluationResults evaluation = new EvaluationResults();
    private final PreviewState preview = new PreviewState();
    private final ReadOnlyObjectWrapper<BuiltInteractions> built = new ReadOnlyObjectWrapper<>(this, "built");
    private final ReadOnlyStringWrapper dataSummary = new ReadOnlyStringWrapper(this, "dataSummary", "");
    private final ObservableList<TrainedModel> trained = FXCollections.observableArrayList();
    private final ExclusiveTask exclusive;
    private boolean active;

    /**
     * @param session the open workspace (datasets, saved runs)
     * @param status  receives short status-bar messages
     */
    public RecommendationsViewModel(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs,
            Consumer<String> status) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("recommend.status.cancelled")));
        session.workspaceProperty().addListener((obs, old, now) -> workspaceChanged());
        session.datasetsRevisionProperty().addListener((obs, old, now) -> source.refresh(session.workspace()));
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
        built.set(null);
        trained.clear();
        dataSummary.set("");
        preview.setData(List.of(), List.of());
        preview.setTrained(List.of());
        evaluation.overall().clear();
        evaluation.bySegment().clear();
        if (active) {
            refreshWorkspace();
        }
    }

    /** Re-reads the dataset list and the saved evaluation runs of the open workspace. */
    public void refreshWorkspace() {
        Workspace workspace = session.workspace();
        source.refresh(workspace);
        if (workspace == null) {
            evaluation.savedRuns().clear();
            return;
        }
        try {
            evaluation.savedRuns().setAll(new EvaluationRunStore(workspace).list());
        } catch (RuntimeException e) {
            dialogs.showError(i18n("recommend.runs.error"), e);
        }
    }

    /** Builds the interaction matrix (and segments) from the chosen datasets in the background. */
    public void buildInteractions() {
        SourceChoice choice = withUserInput(() -> source.choice(session.workspace()));
        if (choice == null || exclusive.isBusy()) {
            return;
        }
        List<RunDatasets.Used> reading = source.usedDatasets(session.workspace());
        start(i18n("recommend.task.build"), progress -> BuiltInteractions.build(choice, progress), result -> {
            builtFrom = reading;
            built.set(result);
            trained.clear();
            settings.offer(result.explicit(), !result.loaded().catalogue().isEmpty());
            preview.setData(result.customers(), result.segments());
            preview.setTrained(List.of());
            var m = result.loaded().matrix();
            dataSummary.set(i18n("recommend.data.summary", m.rows(), m.items().size(), m.nnz(),
                    result.segments().size(), result.choice().description())
                    + (result.choice().inputs().transactions() == null ? ""
                    : "\n" + skippedText(result.loaded().skipped())));
            status.accept(i18n("recommend.status.built", m.nnz()));
        });
    }

    /** What the transactions left out or netted, shown under the interaction counts (also when all are 0). */
    private static String skippedText(SkippedRows skipped) {
        return i18n("recommend.data.skipped", skipped.withoutCustomer(), skipped.returnLines(),
                skipped.nettedReturnLines(), skipped.fullyReturnedPairs());
    }

    /** Trains the ticked models on all interactions (for previews), one after the other, in the background. */
    public void train() {
        BuiltInteractions data = built.get();
        if (data == null || exclusive.isBusy()) {
            return;
        }
        List<String> names = settings.selected();
        long seed = settings.seedProperty().get();
        ModelParameters params = withUserInput(() -> settings.parameters(seed));
        if (params == null || names.isEmpty()) {
            if (names.isEmpty()) {
                dialogs.showInformation(i18n("recommend.train"), i18n("recommend.error.nomodels"));
            }
            return;
        }
        ModelContext ctx = settings.context(data.loaded().catalogue(), data.loaded().segments(), seed);
        start(i18n("recommend.task.train"), progress -> {
            List<TrainedModel> out = new ArrayList<>();
            for (int x = 0; x < names.size(); x++) {
                String name = names.get(x);
                progress.update((double) x / names.size(), i18n("recommend.task.training", name));
                long t0 = System.nanoTime();
                FittedModel fitted = FittedModel.fit(Recommenders.create(name, ctx, params), data.loaded().matrix(),
                        data.loaded().catalogue(), progress.slice((double) x / names.size(),
                                (x + 1.0) / names.size()));
                out.add(new TrainedModel(name, fitted, (System.nanoTime() - t0) / 1e9, seed));
            }
            return out;
        }, result -> {
            Map<String, TrainedModel> byName = new LinkedHashMap<>();
            trained.forEach(t -> byName.put(t.name(), t));
            result.forEach(t -> byName.put(t.name(), t));
            trained.setAll(byName.values());
            preview.setTrained(trained.stream().map(TrainedModel::name).toList());
            status.accept(i18n("recommend.status.trained", result.size()));
        });
    }

    /** Cross-validates the ticked models with the protocol fields; shows and saves the results. */
    public void evaluate() {
        BuiltInteractions data = built.get();
        Workspace workspace = session.workspace();
        if (data == null || exclusive.isBusy()) {
            return;
        }
        List<String> names = settings.selected();
        EvaluationOptions options = withUserInput(evaluation::options);
        ModelParameters params = options == null ? null : withUserInput(() -> settings.parameters(options.seed()));
        if (params == null || names.isEmpty()) {
            if (names.isEmpty()) {
                dialogs.showInformation(i18n("recommend.evaluate"), i18n("recommend.error.nomodels"));
            }
            return;
        }
        ModelContext ctx = settings.context(data.loaded().catalogue(), data.loaded().segments(), options.seed());
        String description = data.choice().description();
        List<RunDatasets.Used> inputs = builtFrom;
        start(i18n("recommend.task.evaluate"), progress -> {
            List<Evaluator.Candidate> candidates = names.stream().map(n -> new Evaluator.Candidate(n,
                    () -> Recommenders.create(n, ctx, params))).toList();
            EvaluationReport report = new Evaluator(data.loaded().matrix(), data.loaded().catalogue(),
                    data.loaded().segments(), options).evaluate(candidates, progress.slice(0, 0.98));
            if (workspace != null) {
                EvaluationRunStore.SavedRun saved = new EvaluationRunStore(workspace).save(description, report);
                new RunDatasets(workspace).record(RunDatasets.RECOMMEND_EVALUATION, saved.id(), inputs);
            }
            return report;
        }, report -> {
            evaluation.show(report, description);
            refreshWorkspace();
            status.accept(i18n("recommend.status.evaluated", report.models().size()));
        });
    }

    /** Shows a saved run's results table (read in the background). */
    public void openSavedRun(EvaluationRunStore.Summary run) {
        Workspace workspace = session.workspace();
        if (run == null || workspace == null || exclusive.isBusy()) {
            return;
        }
        start(i18n("recommend.task.openrun"), progress -> new EvaluationRunStore(workspace).load(run.id())
                .orElseThrow(() -> new IllegalStateException(i18n("recommend.error.runmissing"))),
                saved -> evaluation.show(saved.report(), saved.source()));
    }

    /** Previews the top-N of models A and B for the chosen customer or segment, in the background. */
    public void runPreview() {
        TrainedModel a = trainedModel(preview.modelAProperty().get());
        TrainedModel b = trainedModel(preview.modelBProperty().get());
        BuiltInteractions data = built.get();
        if (a == null || data == null || exclusive.isBusy()) {
            if (a == null && !exclusive.isBusy()) {
                dialogs.showInformation(i18n("recommend.preview"), i18n("recommend.error.notrained"));
            }
            return;
        }
        int n = preview.nProperty().get();
        boolean forSegment = preview.targetProperty().get() == PreviewState.Target.SEGMENT;
        String customer = preview.customerProperty().get();
        String segment = preview.segmentProperty().get();
        if (forSegment ? segment == null : customer == null || customer.isBlank()) {
            dialogs.showInformation(i18n("recommend.preview"), forSegment ? i18n("recommend.error.nosegment")
                    : i18n("recommend.error.nocustomer"));
            return;
        }
        List<String> members = forSegment ? data.members(segment) : List.of();
        long seed = settings.seedProperty().get();
        String customerSegment = forSegment ? null : data.loaded().segments().get(customer.trim());
        start(i18n("recommend.task.preview"), progress -> {
            List<PreviewList> out = new ArrayList<>();
            List<TrainedModel> models = b == null ? List.of(a) : List.of(a, b);
            var catalogue = data.loaded().catalogue();
            for (int x = 0; x < models.size(); x++) {
                FittedModel fitted = models.get(x).fitted();
                Progress p = progress.slice((double) x / models.size(), (x + 1.0) / models.size());
                if (forSegment) {
                    SegmentPreview s = fitted.segmentPreview(segment, members, n, SEGMENT_SAMPLE, seed, p);
                    out.add(new PreviewList(i18n("recommend.preview.segment", s.model(), s.segment(), s.members(),
                            s.sampled()), Explanations.forSegment(s.items(), catalogue, data.loaded().matrix(),
                            members)));
                } else {
                    UserPreview u = fitted.preview(customer.trim(), n);
                    out.add(new PreviewList(u.known()
                            ? i18n("recommend.preview.customer", u.model(), u.userId(), u.history())
                            : i18n("recommend.preview.unknown", u.model(), u.userId()),
                            Explanations.forCustomer(u.items(), catalogue, customerSegment)));
                }
            }
            return out;
        }, results -> {
            preview.showA(results.get(0).summary(), results.get(0).items());
            if (results.size() > 1) {
                preview.showB(results.get(1).summary(), results.get(1).items());
            } else {
                preview.showB("", List.of());
            }
        });
    }

    /** One side of the comparison: the heading and the items with translated explanations. */
    private record PreviewList(String summary, List<RecommendedItem> items) {
    }

    private TrainedModel trainedModel(String name) {
        return name == null ? null : trained.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** Cancels the running task of this section, if any. */
    public void cancel() {
        exclusive.cancel();
    }

    private <T> T withUserInput(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            dialogs.showError(i18n("recommend.error.input"), e);
            return null;
        }
    }

    private <T> void start(String title, ProgressWork<T> work, Consumer<T> onSuccess) {
        exclusive.start(title, work, onSuccess);
    }

    /** True while nothing is built (the model, evaluation and preview buttons wait for data). */
    public BooleanBinding notBuilt() {
        return built.isNull();
    }

    public RecommendSource source() {
        return source;
    }

    public ModelSettings settings() {
        return settings;
    }

    public EvaluationResults evaluation() {
        return evaluation;
    }

    public PreviewState preview() {
        return preview;
    }

    public ReadOnlyObjectProperty<BuiltInteractions> builtProperty() {
        return built.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataSummaryProperty() {
        return dataSummary.getReadOnlyProperty();
    }

    public ObservableList<TrainedModel> trained() {
        return trained;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return exclusive.busyProperty();
    }
}
