package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tech.tablesaw.api.Table;

/**
 * The tables the Data section made in this session (join results, PostgreSQL imports, kept cleaned tables): listed
 * at once as session datasets, then written to the open workspace in the background and registered with their
 * lineage, so they survive reopening it.
 */
final class SessionDatasets {
    private final DataViewModel data;
    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Map<String, Table> sessionTables = new LinkedHashMap<>();

    SessionDatasets(DataViewModel data, WorkspaceSession session, TaskExecutor tasks, DialogService dialogs,
                    Consumer<String> status) {
        this.data = data;
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** Forgets the session's tables (another workspace was opened). */
    void clear() {
        sessionTables.clear();
    }

    /** Adds a table made in this session to the dataset list (not persisted) and selects it. */
    void add(String name, Table made) {
        sessionTables.put(name, made);
        data.datasetList().refresh();
        data.datasetList().select(name);
    }

    /**
     * Adds a table made here (a join result, a PostgreSQL import) and keeps it in the open workspace: it is listed
     * at once as a session dataset, then written to the workspace's data folder in the background and registered,
     * so it survives reopening the workspace. Without a workspace, or when the write fails, it stays a session
     * dataset.
     *
     * @param kind    how it was made ({@code joined}, {@code postgres}, …)
     * @param parents names of the workspace datasets it was made from (session-only ones are skipped)
     * @param steps   the steps that made it (settings only, never values or passwords)
     */
    void keep(String name, Table made, DatasetKind kind, List<String> parents, List<LineageStep> steps) {
        add(name, made);
        Workspace workspace = session.workspace();
        if (workspace == null) {
            return;
        }
        List<Long> parentIds = parents.stream().map(data::workspaceDataset).flatMap(Optional::stream)
                .map(Dataset::id).distinct().toList();
        Map<String, ColumnRole> privacy = data.columnRolesProperty().get();
        tasks.run(i18n("data.task.keep", name),
                progress -> DatasetService.keepTable(workspace, name, made, kind, privacy, parentIds, steps,
                        progress),
                saved -> {
                    if (workspace != session.workspace()) {
                        return;
                    }
                    // Steps the user added while the file was written belong to the kept dataset.
                    CleaningModel cleaning = data.cleaning();
                    CleaningPipeline cleaningSteps = name.equals(cleaning.dataset()) ? cleaning.pipeline()
                            : CleaningPipeline.empty();
                    DatasetService.saveDatasetSettings(workspace, saved.name(), DatasetService.columnTypes(made),
                            cleaningSteps);
                    data.recorder().copied(name, saved.name());
                    sessionTables.remove(name);
                    data.datasetList().refresh();
                    data.datasetList().select(saved.name());
                    status.accept(i18n("data.status.kept", saved.name(), saved.file().getFileName()));
                },
                error -> dialogs.showError(i18n("data.error.keep", name), error));
    }

    /**
     * Keeps the cleaned table as a new {@code cleaned} dataset, child of the loaded one. The lineage step lists the
     * cleaning step types only: their parameters (fill values, patterns) are the user's and could hold values.
     */
    void keepCleaned() {
        Table cleaned = data.tableProperty().get();
        String source = data.tableNameProperty().get();
        CleaningPipeline steps = data.cleaning().pipeline();
        if (cleaned == null || source.isEmpty() || steps.steps().isEmpty()) {
            return;
        }
        String name = source + " (" + i18n("data.kind.cleaned") + ")";
        Table copy = cleaned.copy();
        copy.setName(name);
        data.recorder().copied(source, name);
        keep(name, copy, DatasetKind.CLEANED, List.of(source), List.of(LineageStep.of("clean", "steps",
                DatasetService.stepTypes(steps))));
    }

    /** A session table by name, or null. */
    Table table(String name) {
        return sessionTables.get(name);
    }

    /** Names of the tables made in this session and not (yet) kept in the workspace. */
    Set<String> names() {
        return sessionTables.keySet();
    }
}
