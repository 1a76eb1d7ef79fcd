package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.data.io.WorkspaceDatasets;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import tech.tablesaw.api.Table;

/**
 * State of the Data section: the workspace's datasets (plus datasets made in this session, e.g. joins), importing
 * new files through a preview, the loaded table as imported ({@link #originalProperty()}) and as cleaned
 * ({@link #tableProperty()}, which the Privacy and Segments sections read). Browsing, profiling, cleaning, joining,
 * exporting and PostgreSQL import live in their own models, reachable from here.
 */
public final class DataViewModel {
    private final WorkspaceSession session;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;

    private final ObservableList<DatasetItem> datasets = FXCollections.observableArrayList();
    private final Map<String, Table> sessionTables = new LinkedHashMap<>();
    private final ObjectProperty<DatasetItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Table> original = new ReadOnlyObjectWrapper<>(this, "original");
    private final ReadOnlyObjectWrapper<Table> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyStringWrapper tableName = new ReadOnlyStringWrapper(this, "tableName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final ReadOnlyObjectWrapper<ImportPreviewModel> pendingImport =
            new ReadOnlyObjectWrapper<>(this, "pendingImport");
    private final ObjectProperty<Map<String, ColumnRole>> columnRoles =
            new SimpleObjectProperty<>(this, "columnRoles", Map.of());
    private DataFileChooser files = DataFileChooser.fileDialogs();
    private Path loadedFile;

    private final BrowseModel browse;
    private final ProfileModel profile;
    private final CleaningModel cleaning;
    private final JoinModel join;
    private final ExportModel export;
    private final PostgresModel postgres;

    /**
     * @param session the open workspace, whose dataset list this ViewModel follows
     * @param status  receives a short status-bar message after each load
     */
    public DataViewModel(WorkspaceSession session, TaskRunner tasks, DialogService dialogs, Consumer<String> status) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.browse = new BrowseModel(table.getReadOnlyProperty(), tasks);
        this.profile = new ProfileModel(table.getReadOnlyProperty(), tasks, dialogs);
        this.cleaning = new CleaningModel(this, tasks, dialogs, status);
        this.join = new JoinModel(this, tasks, dialogs, status);
        this.export = new ExportModel(this, tasks, dialogs, status);
        this.postgres = new PostgresModel(this, tasks, dialogs);
        session.workspaceProperty().addListener((obs, old, now) -> {
            sessionTables.clear();
            show(null, null);
            refresh();
        });
        refresh();
    }

    /** Re-reads the dataset list of the open workspace (session datasets stay listed). */
    public void refresh() {
        Workspace workspace = session.workspace();
        List<DatasetItem> items = new ArrayList<>();
        if (workspace != null) {
            for (Workspace.DatasetEntry entry : workspace.datasets()) {
                long size;
                try {
                    size = Files.size(entry.path());
                } catch (IOException e) {
                    size = -1;
                }
                items.add(new DatasetItem(entry.name(), entry.path(), entry.kind(), size));
            }
        }
        sessionTables.keySet().forEach(name -> items.add(DatasetItem.session(name)));
        datasets.setAll(items);
        if (selected.get() == null || !datasets.contains(selected.get())) {
            selected.set(datasets.isEmpty() ? null : datasets.getFirst());
        }
    }

    /** Loads the selected dataset in the background, with its saved column types and cleaning steps. */
    public void loadSelected() {
        DatasetItem item = selected.get();
        if (item == null || loading.get()) {
            return;
        }
        if (item.inSession()) {
            Table loaded = sessionTables.get(item.name());
            cleaning.restore(item.name(), loaded, CleaningPipeline.empty());
            return;
        }
        if (!item.exists()) {
            dialogs.showInformation(i18n("data.missing.header"), i18n("data.missing.content", item.path()));
            return;
        }
        Map<String, io.safesegment.core.data.ColumnType> types = DatasetRecipes.columnTypes(session.workspace(),
                item.name());
        load(item.name(), item.path(), CsvImportOptions.defaults().withColumnTypes(types));
    }

    /** Asks for a file with the (injectable) file chooser and starts its import. */
    public void chooseAndImport() {
        files.openDataFile().ifPresent(this::beginImport);
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
        if (loading.get()) {
            return;
        }
        if (ImportPreviewModel.isDelimited(file)) {
            pendingImport.set(new ImportPreviewModel(file));
            return;
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        loading.set(true);
        Task<io.safesegment.core.data.io.RowsPreview> task = tasks.run(i18n("data.task.preview", name),
                progress -> ImportPreviewModel.readRows(file),
                preview -> {
                    loading.set(false);
                    pendingImport.set(new ImportPreviewModel(file, preview));
                },
                error -> {
                    loading.set(false);
                    dialogs.showError(i18n("data.error.load", name), error);
                });
        task.stateProperty().addListener((obs, old, state) -> clearLoadingWhenDone(state));
        clearLoadingWhenDone(task.getState());
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

    private void importWith(Path file, CsvImportOptions options,
                            Map<String, io.safesegment.core.data.ColumnType> overrides) {
        String name = uniqueName(file);
        Workspace workspace = session.workspace();
        load(name, file, options, loaded -> {
            if (workspace != null) {
                workspace.registerDataset(name, file, kind(file));
                DatasetRecipes.save(workspace, name, overrides, CleaningPipeline.empty());
                refresh();
                datasets.stream().filter(d -> d.name().equals(name)).findFirst().ifPresent(selected::set);
            }
        });
    }

    private void load(String name, Path file, CsvImportOptions options) {
        load(name, file, options, loaded -> { });
    }

    private void load(String name, Path file, CsvImportOptions options, Consumer<ImportResult> afterLoad) {
        loading.set(true);
        long started = System.nanoTime();
        Workspace workspace = session.workspace();
        Task<ImportResult> task = tasks.run(i18n("data.task.load", name),
                progress -> {
                    ImportResult result = TableImport.load(file, options, progress);
                    // The other sections name policies and exports after the table, as the workspace lists it.
                    result.table().setName(name);
                    return result;
                },
                loaded -> {
                    loading.set(false);
                    afterLoad.accept(loaded);
                    loadedFile = file;
                    cleaning.restore(name, loaded.table(), DatasetRecipes.pipeline(workspace, name));
                    double seconds = (System.nanoTime() - started) / 1e9;
                    status.accept(i18n("data.status.loaded", name, loaded.table().rowCount(), seconds));
                    if (loaded.skippedRows() > 0) {
                        summary.set(summary.get() + i18n("data.summary.skipped", loaded.skippedRows()));
                        dialogs.showInformation(i18n("data.skipped.header", name),
                                i18n("data.skipped.content", loaded.skippedRows(), issues(loaded)));
                    }
                },
                error -> {
                    loading.set(false);
                    dialogs.showError(i18n("data.error.load", name), error);
                });
        // A cancelled load calls neither callback, so the flag follows the task's state as well.
        task.stateProperty().addListener((obs, old, state) -> clearLoadingWhenDone(state));
        clearLoadingWhenDone(task.getState());
    }

    private static String issues(ImportResult loaded) {
        return String.join("\n", loaded.issues().stream().limit(5)
                .map(issue -> i18n("data.skipped.issue", issue.line(), issue.reason())).toList());
    }

    private void clearLoadingWhenDone(Worker.State state) {
        if (state == Worker.State.CANCELLED || state == Worker.State.FAILED) {
            loading.set(false);
        }
    }

    /** Makes {@code imported} the current dataset {@code name}, not yet cleaned; nulls clear it. */
    void show(String name, Table imported) {
        if (name == null || sessionTables.containsKey(name)) {
            loadedFile = null;
        }
        original.set(imported);
        tableName.set(name == null ? "" : name);
        setCleaned(imported);
    }

    /** Replaces the cleaned table (the original stays). */
    void setCleaned(Table cleaned) {
        table.set(cleaned);
        summary.set(cleaned == null ? "" : i18n("data.summary", cleaned.rowCount(), cleaned.columnCount()));
    }

    /** Adds a table made in this session to the dataset list (not persisted) and selects it. */
    void addSessionDataset(String name, Table made) {
        sessionTables.put(name, made);
        refresh();
        select(name);
    }

    /**
     * Adds a table made here (a join result, a PostgreSQL import) and keeps it in the open workspace: it is listed
     * at once as a session dataset, then written to the workspace's data folder in the background and registered,
     * so it survives reopening the workspace. Without a workspace, or when the write fails, it stays a session
     * dataset.
     */
    void keepDataset(String name, Table made) {
        addSessionDataset(name, made);
        Workspace workspace = session.workspace();
        if (workspace == null) {
            return;
        }
        tasks.run(i18n("data.task.keep", name),
                progress -> WorkspaceDatasets.save(workspace, name, made, progress),
                saved -> {
                    if (workspace != session.workspace()) {
                        return;
                    }
                    // Steps the user added while the file was written belong to the kept dataset.
                    CleaningPipeline steps = name.equals(cleaning.dataset()) ? cleaning.pipeline()
                            : CleaningPipeline.empty();
                    DatasetRecipes.save(workspace, name, saved.columnTypes(), steps);
                    sessionTables.remove(name);
                    refresh();
                    select(name);
                    status.accept(i18n("data.status.kept", name, saved.file().getFileName()));
                },
                error -> dialogs.showError(i18n("data.error.keep", name), error));
    }

    private void select(String name) {
        datasets.stream().filter(d -> d.name().equals(name)).findFirst().ifPresent(selected::set);
    }

    /** A session table by name, or null. */
    Table sessionTable(String name) {
        return sessionTables.get(name);
    }

    private String uniqueName(Path file) {
        String base = file.getFileName().toString();
        Workspace workspace = session.workspace();
        List<String> taken = new ArrayList<>(datasets.stream().map(DatasetItem::name).toList());
        if (workspace != null) {
            for (Workspace.DatasetEntry entry : workspace.datasets()) {
                if (entry.name().equals(base) && entry.path().equals(file.toAbsolutePath())) {
                    return base;
                }
            }
        }
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "csv" : name.substring(dot + 1);
    }

    /** Replaces the file dialogs (tests). */
    public void setFileChooser(DataFileChooser chooser) {
        this.files = chooser;
    }

    /** The file the current dataset was read from (never overwritten by an export), or null. */
    Path loadedFile() {
        return loadedFile;
    }

    DataFileChooser files() {
        return files;
    }

    WorkspaceSession session() {
        return session;
    }

    /** The datasets of the open workspace and of this session. */
    public ObservableList<DatasetItem> datasets() {
        return datasets;
    }

    /** The dataset the Load button acts on. */
    public ObjectProperty<DatasetItem> selectedProperty() {
        return selected;
    }

    /** The loaded, cleaned table (what the other sections work on), or null. */
    public ReadOnlyObjectProperty<Table> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** The loaded table before cleaning, or null. */
    public ReadOnlyObjectProperty<Table> originalProperty() {
        return original.getReadOnlyProperty();
    }

    /** Name of the loaded dataset, empty before the first load. */
    public ReadOnlyStringProperty tableNameProperty() {
        return tableName.getReadOnlyProperty();
    }

    /** "N rows × M columns" text for the loaded table. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether a load is running. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The import waiting for the user to confirm its preview, or null. */
    public ReadOnlyObjectProperty<ImportPreviewModel> pendingImportProperty() {
        return pendingImport.getReadOnlyProperty();
    }

    /** Roles the Privacy section's policy assigns, by column, shown in the column headers. */
    public ObjectProperty<Map<String, ColumnRole>> columnRolesProperty() {
        return columnRoles;
    }

    /** Whether the Load action is unavailable (nothing selected, or already loading). */
    public BooleanBinding loadDisabled() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || loading.get(), selected, loading);
    }

    /** Sorting and filtering of the browsed rows. */
    public BrowseModel browse() {
        return browse;
    }

    /** The profile of the current table. */
    public ProfileModel profile() {
        return profile;
    }

    /** The cleaning steps of the current dataset. */
    public CleaningModel cleaning() {
        return cleaning;
    }

    /** Joining the current table with another dataset. */
    public JoinModel join() {
        return join;
    }

    /** Writing the current table to a file. */
    public ExportModel export() {
        return export;
    }

    /** Loading from PostgreSQL. */
    public PostgresModel postgres() {
        return postgres;
    }

    DialogService dialogs() {
        return dialogs;
    }
}
