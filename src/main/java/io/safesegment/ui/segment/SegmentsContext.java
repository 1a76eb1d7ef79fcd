package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.profile.SegmentProfile;
import io.safesegment.core.segment.projection.Projection;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.ProgressWork;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the panes of the Segments section share: the workspace session, one exclusive task for the section, the
 * customer data read by the source pane, the feature matrix last built (reused while the feature choice stays), and
 * the current run. Panes never talk to each other; they observe this.
 */
final class SegmentsContext {
    /** A finished run with what the panes show of it. */
    record CurrentRun(FeatureMatrix matrix, ClusteringRun run, Projection projection, List<SegmentProfile> profiles) {
    }

    /** Work in the background that also returns the feature matrix it built (kept for the next action). */
    record WithMatrix<T>(FeatureMatrix matrix, FeatureOptions options, T value) {
    }

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ExclusiveTask exclusive;
    private final ReadOnlyObjectWrapper<CustomerData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<CurrentRun> current = new ReadOnlyObjectWrapper<>(this, "current");
    private FeatureMatrix matrix;
    private FeatureOptions matrixOptions;
    private Runnable loader = () -> { };

    SegmentsContext(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("segments.cancelled")));
    }

    WorkspaceSession session() {
        return session;
    }

    TaskExecutor tasks() {
        return tasks;
    }

    DialogService dialogs() {
        return dialogs;
    }

    void status(String message) {
        status.accept(message);
    }

    ExclusiveTask exclusive() {
        return exclusive;
    }

    /** The source pane says how to (re)load data when an action finds none. */
    void setLoader(Runnable loadSource) {
        this.loader = loadSource;
    }

    ReadOnlyObjectProperty<CustomerData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    CustomerData data() {
        return data.get();
    }

    void setData(CustomerData read) {
        matrix = null;
        matrixOptions = null;
        data.set(read);
    }

    ReadOnlyObjectProperty<CurrentRun> currentProperty() {
        return current.getReadOnlyProperty();
    }

    CurrentRun current() {
        return current.get();
    }

    void setCurrent(CurrentRun run) {
        current.set(run);
    }

    /** True when an action may start: no task runs and data is read (else a load starts and the action waits). */
    boolean ready() {
        if (exclusive.isBusy()) {
            return false;
        }
        if (data.get() == null) {
            loader.run();
            return false;
        }
        return true;
    }

    /**
     * Background work that needs the feature matrix for {@code options}: the last one when the options are the
     * same, else a new one built through the service on the first {@code share} of the progress.
     */
    <T> void startWithMatrix(String title, FeatureOptions options, double share, MatrixWork<T> work,
                             Consumer<WithMatrix<T>> onSuccess) {
        CustomerData source = data.get();
        FeatureMatrix cached = options.equals(matrixOptions) ? matrix : null;
        start(title, progress -> {
            FeatureMatrix m = cached != null ? cached
                    : SegmentationService.features(source, options, progress.slice(0, share));
            return new WithMatrix<>(m, options, work.run(m, progress.slice(share, 1)));
        }, result -> {
            matrix = result.matrix();
            matrixOptions = result.options();
            onSuccess.accept(result);
        });
    }

    /** Work on a feature matrix. */
    @FunctionalInterface
    interface MatrixWork<T> {
        T run(FeatureMatrix matrix, Progress progress) throws Exception;
    }

    <T> void start(String title, ProgressWork<T> work, Consumer<T> onSuccess) {
        exclusive.start(title, work, onSuccess);
    }

    /** Reads a user input; an out-of-range value is shown as an input error and gives null. */
    <T> T withUserInput(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            dialogs.showError(i18n("segments.error.input"), e);
            return null;
        }
    }

    /** Where save dialogs open: the workspace folder. */
    Path exportFolder() {
        Workspace w = session.workspace();
        return w == null ? null : w.directory();
    }

    /** Writes a file the user chose. */
    @FunctionalInterface
    interface FileWrite {
        void write(Path file) throws Exception;
    }

    /** Asks where to save ({@code pattern} e.g. *.csv) and writes there in the background. */
    void saveAs(String title, String suggestedName, String filterText, String pattern, FileWrite action) {
        saveAs(title, suggestedName, filterText, pattern, action, written -> { });
    }

    /** {@link #saveAs(String, String, String, String, FileWrite)}, calling {@code afterWrite} once written. */
    void saveAs(String title, String suggestedName, String filterText, String pattern, FileWrite action,
                java.util.function.Consumer<Path> afterWrite) {
        dialogs.save(title, suggestedName, exportFolder(), List.of(DialogService.FileFilter.of(filterText,
                pattern))).ifPresent(file -> tasks.run(i18n("segments.task.export", file.getFileName()), progress -> {
                    action.write(file);
                    return file;
                }, written -> {
                    afterWrite.accept(written);
                    status.accept(i18n("segments.export.done", written));
                    dialogs.notify(i18n("segments.export.done", written));
                }, error -> dialogs.showError(i18n("segments.error.export", file), error)));
    }
}
