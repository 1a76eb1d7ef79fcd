package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.RowsPreview;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.ProgressWork;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The datasets pane: the workspace's datasets as a lineage tree (plus this session's), loading one, and importing
 * a file through its preview. An import copies the file into the workspace, records an {@code import} step and
 * opens the role mapping; the loaded table goes to {@link DataViewModel}.
 */
public final class DatasetListViewModel {
    private final DataViewModel data;
    private final WorkspaceSession session;
    private final ExclusiveTask exclusive;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ObservableList<DatasetItem> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ImportPreviewModel> pendingImport =
            new ReadOnlyObjectWrapper<>(this, "pendingImport");

    DatasetListViewModel(DataViewModel data, WorkspaceSession session, TaskExecutor tasks, DialogService dialogs,
                         Consumer<String> status) {
        this.data = data;
        this.session = session;
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("status.cancelled")));
        this.dialogs = dialogs;
        this.status = status;
    }

    /**
     * Re-reads the dataset list of the open workspace as a lineage tree (each dataset followed by the datasets made
     * from it, depth-first); session datasets stay listed at the end.
     */
    public void refresh() {
        Workspace workspace = session.workspace();
        List<DatasetItem> items = new ArrayList<>();
        if (workspace != null) {
            for (DatasetCatalog.LineageNode root : DatasetService.lineage(workspace)) {
                addTree(items, root, 0);
            }
        }
        data.sessionDatasets().names().forEach(name -> items.add(DatasetItem.session(name)));
        datasets.setAll(items);
        if (selected.get() == null || !datasets.contains(selected.get())) {
            selected.set(datasets.isEmpty() ? null : datasets.getFirst());
        }
    }

    private static void addTree(List<DatasetItem> items, DatasetCatalog.LineageNode node, int depth) {
        Dataset d = node.dataset();
        long size;
        try {
            size = Files.size(d.file());
        } catch (IOException e) {
            size = -1;
        }
        items.add(new DatasetItem(d.name(), d.file(), d.kind().cliName(), size, d.id(), d.kind(), d.rows(), depth));
        node.children().forEach(child -> addTree(items, child, depth + 1));
    }

    /** Selects the dataset listed as {@code name}, if any. */
    void select(String name) {
        datasets.stream().filter(d -> d.name().equals(name)).findFirst().ifPresent(selected::set);
    }

    /** Loads the selected dataset in the background, with its saved column types and cleaning steps. */
    public void loadSelected() {
        DatasetItem item = selected.get();
        if (item == null || exclusive.isBusy()) {
            return;
        }
        if (item.inSession()) {
            data.cleaning().restore(item.name(), data.sessionTable(item.name()), CleaningPipeline.empty());
            return;
        }
        if (!item.exists()) {
            dialogs.showInformation(i18n("data.missing.header"), i18n("data.missing.content", item.path()));
            return;
        }
        Workspace workspace = session.workspace();
        CsvImportOptions options = CsvImportOptions.defaults()
                .withColumnTypes(DatasetService.savedColumnTypes(workspace, item.name()));
        String name = item.name();
        load(name, item.path(), progress -> named(DatasetService.importFile(item.path(), options, progress), name),
                loaded -> data.recorder().opened(name, new DataRecipeRecorder.Source(item.path(), options,
                        DatasetService.savedSteps(workspace, name), () -> data.rolesOf(name))));
    }

    /** Asks for a file (the dialog service's chooser) and starts its import. */
    public void chooseAndImport() {
        dialogs.open(i18n("data.import.choose"), null, List.of(
                DialogService.FileFilter.of(i18n("data.import.filter"),
                        "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.json", "*.jsonl", "*.ndjson"),
                DialogService.FileFilter.of(i18n("data.import.filter.all"), "*"))).ifPresent(this::beginImport);
    }

    /** Imports the first regular file of a drag-and-drop onto the section. */
    public boolean importDropped(List<File> dropped) {
        for (File file : dropped) {
            if (file.isFile()) {
                beginImport(file.toPath());
                return true;
            }
        }
        return false;
    }

    /**
     * Starts importing {@code file} by opening its preview ({@link #pendingImportProperty()}). Delimited text is
     * previewed at once (only its head is read); an Excel or JSON preview is read in the background first.
     */
    public void beginImport(Path file) {
        if (exclusive.isBusy()) {
            return;
        }
        if (ImportPreviewModel.isDelimited(file)) {
            pendingImport.set(new ImportPreviewModel(file));
            return;
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        exclusive.start(i18n("data.task.preview", name),
                progress -> ImportPreviewModel.readRows(file),
                preview -> pendingImport.set(new ImportPreviewModel(file, preview)),
                error -> dialogs.showError(i18n("data.error.load", name), error));
    }

    /** Loads the previewed file with the options chosen in the preview and adds it to the workspace. */
    public void confirmImport(ImportPreviewModel preview) {
        pendingImport.set(null);
        importWith(preview.file(), preview.options(), preview.overriddenTypes());
    }

    /** Closes the preview without importing. */
    public void cancelImport() {
        pendingImport.set(null);
    }

    private void importWith(Path file, CsvImportOptions options, Map<String, ColumnType> overrides) {
        Workspace workspace = session.workspace();
        if (workspace == null) {
            String name = data.uniqueName(file);
            load(name, file, progress -> named(DatasetService.importFile(file, options, progress), name),
                    loaded -> data.recorder().imported(name, file, options, RoleMapping.empty()));
            return;
        }
        // The file is copied into the workspace's data folder and registered with its lineage; the copy is what
        // the workspace reads from now on, the original is never touched.
        Dataset[] dataset = new Dataset[1];
        loadAs(file.getFileName().toString(), progress -> {
            DatasetImport.Imported imported = DatasetService.importIntoWorkspace(workspace, file, options,
                    DatasetListViewModel::suggestPrivacyRoles, progress);
            dataset[0] = imported.dataset();
            return new Loaded(named(imported.loaded(), imported.dataset().name()), imported.dataset().file());
        }, loaded -> {
            String name = dataset[0].name();
            DatasetService.saveDatasetSettings(workspace, name, overrides, CleaningPipeline.empty());
            data.recorder().imported(name, file, options, dataset[0].roles());
            refresh();
            select(name);
            data.setSource(dataset[0].file(), file);
            // A new file's columns are named as its author liked: the user confirms their roles right away.
            data.roleMapping().open(dataset[0], loaded.table());
        });
    }

    /** The privacy detector's role per column, so a new dataset's schema says which columns are personal. */
    static Map<String, ColumnRole> suggestPrivacyRoles(Table table) {
        return io.safesegment.core.privacy.PrivacyService.suggestRoles(table);
    }

    /** A loaded table and the file it now comes from. */
    private record Loaded(ImportResult result, Path file) {
    }

    private static ImportResult named(ImportResult result, String name) {
        // The other sections name policies and exports after the table, as the workspace lists it.
        result.table().setName(name);
        return result;
    }

    private void load(String name, Path file, ProgressWork<ImportResult> work, Consumer<ImportResult> afterLoad) {
        loadAs(name, progress -> new Loaded(work.run(progress), file), afterLoad);
    }

    /** Runs {@code work} in the background and shows its table as the current dataset. */
    private void loadAs(String name, ProgressWork<Loaded> work, Consumer<ImportResult> afterLoad) {
        long started = System.nanoTime();
        exclusive.start(i18n("data.task.load", name), work,
                loaded -> {
                    ImportResult result = loaded.result();
                    String shown = result.table().name();
                    data.setSource(loaded.file(), null);
                    afterLoad.accept(result);
                    data.cleaning().restore(shown, result.table(), DatasetService.savedSteps(session.workspace(),
                            shown));
                    double seconds = (System.nanoTime() - started) / 1e9;
                    status.accept(i18n("data.status.loaded", shown, result.table().rowCount(), seconds));
                    if (result.skippedRows() > 0) {
                        data.noteSkipped(result.skippedRows());
                        dialogs.showInformation(i18n("data.skipped.header", shown),
                                i18n("data.skipped.content", result.skippedRows(), issues(result)));
                    }
                },
                error -> dialogs.showError(i18n("data.error.load", name), error));
    }

    private static String issues(ImportResult loaded) {
        return String.join("\n", loaded.issues().stream().limit(5)
                .map(issue -> i18n("data.skipped.issue", issue.line(), issue.reason())).toList());
    }

    /** The datasets of the open workspace and of this session. */
    public ObservableList<DatasetItem> datasets() {
        return datasets;
    }

    /** The dataset the Load button acts on. */
    public ObjectProperty<DatasetItem> selectedProperty() {
        return selected;
    }

    /** Whether a load is running. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return exclusive.busyProperty();
    }

    /** The import waiting for the user to confirm its preview, or null. */
    public ReadOnlyObjectProperty<ImportPreviewModel> pendingImportProperty() {
        return pendingImport.getReadOnlyProperty();
    }

    /** Whether the Load action is unavailable (nothing selected, or already loading). */
    public BooleanBinding loadDisabled() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || exclusive.isBusy(), selected,
                exclusive.busyProperty());
    }
}
