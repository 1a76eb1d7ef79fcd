package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.RunComparison;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.SegmentRunStore;
import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Runs tab: the runs saved in the workspace, and two of them compared (adjusted Rand index, sizes). */
public final class RunHistory {
    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<SegmentRunStore.Summary> runs = FXCollections.observableArrayList();
    // Written by the background refresh before the runs are published on the JavaFX thread.
    private volatile java.util.Map<String, java.util.List<RunDatasets.Used>> datasetsByRun = java.util.Map.of();
    private final ObservableList<SizeRow> comparisonRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparisonText = new ReadOnlyStringWrapper(this, "comparisonText", "");

    RunHistory(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Reloads the list of saved runs in the background. */
    public void refresh() {
        Workspace workspace = session.workspace();
        if (workspace == null) {
            return;
        }
        tasks.run(i18n("segments.task.runs"), progress -> {
            datasetsByRun = WorkspaceService.runDatasets(workspace, RunDatasets.SEGMENT);
            return SegmentationService.savedRuns(workspace);
        }, runs::setAll, error -> dialogs.showError(i18n("segments.error.runs"), error));
    }

    /** The names of the datasets run {@code runId} read ("customers + transactions"), or "–" when not recorded. */
    public String datasetsOf(String runId) {
        return WorkspaceService.describeRunDatasets(datasetsByRun.getOrDefault(runId, java.util.List.of()))
                .orElse("–");
    }

    /** Compares two saved runs in the background: adjusted Rand index and segment sizes side by side. */
    public void compare(SegmentRunStore.Summary a, SegmentRunStore.Summary b) {
        Workspace workspace = session.workspace();
        if (workspace == null || a == null || b == null) {
            return;
        }
        String title = i18n("segments.task.compare");
        tasks.run(title, progress -> SegmentationService.compareRuns(load(workspace, a), load(workspace, b)),
                this::show, error -> dialogs.showError(title, error));
    }

    private static ClusteringRun load(Workspace workspace, SegmentRunStore.Summary run) {
        return SegmentationService.savedRun(workspace, run.id()).orElseThrow(() -> new IllegalStateException(
                i18n("segments.error.runmissing", run.id())));
    }

    private void show(RunComparison comparison) {
        List<SizeRow> rows = new ArrayList<>();
        int most = Math.max(comparison.sizesA().length, comparison.sizesB().length);
        for (int c = 0; c < most; c++) {
            rows.add(new SizeRow(Integer.toString(c + 1), size(comparison.sizesA(), c), size(comparison.sizesB(), c)));
        }
        comparisonRows.setAll(rows);
        comparisonText.set(i18n("segments.compare.ari", String.format(Locale.ROOT, "%.3f", comparison.ari())));
    }

    private static String size(int[] sizes, int c) {
        return c < sizes.length ? String.format(Locale.ROOT, "%,d", sizes[c]) : "";
    }

    /** Saved runs, newest first. */
    public ObservableList<SegmentRunStore.Summary> runs() {
        return runs;
    }

    /** Segment sizes of the two compared runs. */
    public ObservableList<SizeRow> comparisonRows() {
        return comparisonRows;
    }

    /** "Adjusted Rand index 0.91" for the last comparison. */
    public ReadOnlyStringProperty comparisonTextProperty() {
        return comparisonText.getReadOnlyProperty();
    }
}
