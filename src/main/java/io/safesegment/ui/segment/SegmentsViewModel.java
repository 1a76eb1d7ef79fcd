package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.profile.SegmentProfile;
import io.safesegment.core.segment.projection.Projection;
import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import tech.tablesaw.api.Table;

/**
 * The Segments section: owns one ViewModel per pane (source, features, algorithm, k scoring, scatter, profiles,
 * RFM, saved runs) over shared state, and the section-wide actions of the toolbar: run, cancel and export the
 * assignments. A run goes through {@link SegmentationService} (features → cluster → project → profile → save)
 * and is recorded as a recipe step.
 */
public final class SegmentsViewModel {
    private final SegmentsContext context;
    private final SourceViewModel source;
    private final FeaturesViewModel features;
    private final AlgorithmViewModel algorithm;
    private final KScoringViewModel scoring;
    private final ScatterViewModel scatter;
    private final ProfilesViewModel profiles;
    private final RfmViewModel rfm;
    private final RunHistory history;
    private final SegmentRecording recording;
    private final ReadOnlyObjectWrapper<ClusteringRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    /** The run on screen that this session recorded, and its {@code segment} step (for recording an export). */
    private SegmentsContext.CurrentRun recordedRun;
    private String recordedStep;

    /**
     * @param session     the open workspace (datasets, saved runs) and the recipe being recorded
     * @param loadedTable the table loaded in the Data section (an alternative customers table)
     * @param status      receives short status-bar messages
     */
    public SegmentsViewModel(WorkspaceSession session, ReadOnlyObjectProperty<Table> loadedTable, TaskExecutor tasks,
                             DialogService dialogs, Consumer<String> status) {
        this.context = new SegmentsContext(session, tasks, dialogs, status);
        this.history = new RunHistory(session, tasks, dialogs);
        this.source = new SourceViewModel(context, loadedTable);
        this.features = new FeaturesViewModel(context);
        this.algorithm = new AlgorithmViewModel(context, features);
        this.scoring = new KScoringViewModel(context, features, algorithm.settings());
        this.scatter = new ScatterViewModel(context);
        this.profiles = new ProfilesViewModel(context);
        this.recording = new SegmentRecording(session.recipe(), source);
        this.rfm = new RfmViewModel(context, recording);
        source.setAfterLoad(history::refresh);
        profiles.setAfterRename(history::refresh);
        profiles.setAfterExport(file -> {
            SegmentsContext.CurrentRun current = context.current();
            if (current != null) {
                recording.recordProfilesExport(stepOf(current), file, renamed(current));
            }
        });
        context.currentProperty().addListener((obs, old, now) -> run.set(now == null ? null : now.run()));
    }

    /** Called when the section is shown or hidden; loads the data source the first time it is shown. */
    public void setActive(boolean shown) {
        source.setActive(shown);
    }

    /**
     * Runs the chosen algorithm in the background, projects and profiles the result, saves it as a workspace run
     * and records a {@code segment} recipe step.
     */
    public void run() {
        if (!context.ready()) {
            return;
        }
        FeatureOptions options = context.withUserInput(features::featureOptions);
        SegmentOptions segmentOptions = options == null ? null
                : context.withUserInput(algorithm.settings()::segmentOptions);
        if (segmentOptions == null) {
            return;
        }
        Workspace workspace = context.session().workspace();
        List<RunDatasets.Used> inputs = source.used();
        ClusteringRun previous = run.get();
        context.startWithMatrix(i18n("segments.task.run", SegmentText.algorithm(segmentOptions.algorithm())), options,
                0.15, (m, progress) -> {
                    // Segments keep the numbers (and colours) of the run on screen when customers or features match.
                    ClusteringRun r = SegmentationService.cluster(m, segmentOptions, previous,
                            progress.slice(0, 0.8));
                    Projection p = SegmentationService.project(m, progress.slice(0.8, 0.9));
                    List<SegmentProfile> ps = SegmentationService.profiles(m, r);
                    SegmentationService.saveRun(workspace, r);
                    WorkspaceService.recordRunDatasets(workspace, RunDatasets.SEGMENT, r.id(), inputs);
                    return new SegmentsContext.CurrentRun(m, r, p, ps);
                }, result -> {
                    context.setCurrent(result.value());
                    var step = recording.recordSegment(options, segmentOptions);
                    recordedRun = result.value();
                    recordedStep = step == null ? null : step.name();
                    ClusteringRun r = result.value().run();
                    context.status(i18n("segments.run.done", r.k(), SegmentText.algorithm(r.algorithm())));
                    history.refresh();
                });
    }

    /** Writes customer → segment for every customer to a CSV file the user picks. */
    public void exportAssignments() {
        SegmentsContext.CurrentRun current = context.current();
        if (current == null) {
            return;
        }
        context.saveAs(i18n("segments.export.assignments.title"), "segment-assignments.csv",
                i18n("segments.export.csv"), "*.csv",
                file -> SegmentationService.writeAssignments(file, current.matrix(), current.run()),
                file -> recording.recordAssignmentsExport(stepOf(current), file, renamed(current)));
    }

    /** The recorded {@code segment} step of the run on screen (also after a rename), or null. */
    private String stepOf(SegmentsContext.CurrentRun current) {
        return recordedRun != null && current.run().id().equals(recordedRun.run().id()) ? recordedStep : null;
    }

    /** The run's segment names when renamed since it was recorded, else null. */
    private List<String> renamed(SegmentsContext.CurrentRun current) {
        return recordedRun == null || current.run().segmentNames().equals(recordedRun.run().segmentNames()) ? null
                : current.run().segmentNames();
    }

    /** Cancels the running segment task, if any. */
    public void cancel() {
        context.exclusive().cancel();
    }

    /** True while a segment task runs (buttons are disabled). */
    public ReadOnlyBooleanProperty busyProperty() {
        return context.exclusive().busyProperty();
    }

    /** Run-dependent actions (export) need a finished run. */
    public BooleanBinding noRun() {
        return run.isNull();
    }

    /** The current run. */
    public ReadOnlyObjectProperty<ClusteringRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The algorithm's values (the seed in the toolbar is one of them). */
    public AlgorithmSettings settings() {
        return algorithm.settings();
    }

    /** The data-source pane. */
    public SourceViewModel source() {
        return source;
    }

    /** The features pane. */
    public FeaturesViewModel features() {
        return features;
    }

    /** The algorithm pane. */
    public AlgorithmViewModel algorithm() {
        return algorithm;
    }

    /** The "Score k" pane. */
    public KScoringViewModel scoring() {
        return scoring;
    }

    /** The scatter pane. */
    public ScatterViewModel scatter() {
        return scatter;
    }

    /** The profiles pane. */
    public ProfilesViewModel profiles() {
        return profiles;
    }

    /** The RFM pane. */
    public RfmViewModel rfm() {
        return rfm;
    }

    /** The saved runs pane. */
    public RunHistory history() {
        return history;
    }
}
