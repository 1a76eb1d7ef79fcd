package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.data.io.WorkspaceDatasets;
import io.safesegment.core.privacy.detect.PiiDetector;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.BackgroundTask;
import io.safesegment.ui.common.TaskExecutor;
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
import java.util.Optional;
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
import tech.tablesaw.api.Table;

/**
 * State of the Data section: the workspace's datasets (plus datasets made in this session, e.g. joins), importing
 * new files through a preview, the loaded table as imported ({@link #originalProperty()}) and as cleaned
 * ({@link #tableProperty()}, which the Privacy and Segments sections read). Browsing, profiling, cleaning, joining,
 * exporting and PostgreSQL import live in their own models, reachable from here.
 */
public final class DataViewModel {
    private final WorkspaceSession session;
    private final TaskExecutor tasks;
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
    private Path importedFrom;

    private final BrowseModel browse;
    private final ProfileModel profile;
    private final CleaningModel cleaning;
    private final JoinModel join;
    private final ExportModel export;
    private final PostgresModel postgres;
    private final RoleMappingModel roleMapping;

    /**
     * @param session the open workspace, whose dataset list this ViewModel follows
     * @param status  receives a short status-bar message after each load
     */
    public DataViewModel(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
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
        this.roleMapping = new RoleMappingModel(this, tasks, dialogs, status);
        session.workspaceProperty().addListener((obs, old, now) -> {
            sessionTables.clear();
            show(null, null);
            refresh();
        });
        session.datasetsRevisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /**
     * Re-reads the dataset list of the open workspace as a lineage tree (each dataset followed by the datasets made
     * from it, depth-first); session datasets stay listed at the end.
     */
    public void refresh() {
        Workspace workspace = session.workspace();
        List<DatasetItem> items = new ArrayList<>();
        if (workspace != null) {
            for (DatasetCatalog.LineageNode root : new DatasetCatalog(workspace).lineage()) {
                addTree(items, root, 0);
            }
        }
        sessionTables.keySet().forEach(name -> items.add(DatasetItem.session(name)));
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

    /** The workspace dataset listed as {@code name}, if any. */
    Optional<Dataset> workspaceDataset(String name) {
        Workspace workspace = session.workspace();
        return workspace == null || name == null ? Optional.empty() : new DatasetCatalog(workspace).find(name)
                .filter(d -> d.name().equals(name));
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
        BackgroundTask<io.safesegment.core.data.io.RowsPreview> task = tasks.run(i18n("data.task.preview", name),
                progress -> ImportPreviewModel.readRows(file),
                preview -> {
                    loading.set(false);
                    pendingImport.set(new ImportPreviewModel(file, preview));
                },
                error -> {
                    loading.set(false);
                    dialogs.showError(i18n("data.error.load", name), error);
                });
        task.whenCancelled(() -> loading.set(false));
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
        Workspace workspace = session.workspace();
        if (workspace == null) {
            load(uniqueName(file), file, options);
            return;
        }
        // The file is copied into the workspace's data folder and registered with its lineage; the copy is what
        // the workspace reads from now on, the original is never touched.
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        String wanted = file.getFileName().toString();
        String[] registered = new String[1];
        Path[] copy = new Path[1];
        Dataset[] dataset = new Dataset[1];
        load(wanted, file, progress -> {
            DatasetImport.Imported imported = DatasetImport.importFile(catalog, file, DatasetImportOptions.defaults()
                    .withRead(options).withPrivacyRoles(DataViewModel::suggestPrivacyRoles), progress);
            registered[0] = imported.dataset().name();
            dataset[0] = imported.dataset();
            copy[0] = imported.dataset().file();
            imported.loaded().table().setName(registered[0]);
            return imported.loaded();
        }, loaded -> {
            DatasetRecipes.save(workspace, registered[0], overrides, CleaningPipeline.empty());
            refresh();
            datasets.stream().filter(d -> d.name().equals(registered[0])).findFirst().ifPresent(selected::set);
            // A new file's columns are named as its author liked: the user confirms their roles right away.
            roleMapping.open(dataset[0], loaded.table());
        }, () -> registered[0], () -> copy[0]);
    }

    /** The privacy detector's role per column, so a new dataset's schema says which columns are personal. */
    static Map<String, ColumnRole> suggestPrivacyRoles(Table table) {
        return PiiDetector.standard().scan(table, io.safesegment.core.task.Progress.NONE).suggestedRoles();
    }

    private void load(String name, Path file, CsvImportOptions options) {
        load(name, file, options, loaded -> { });
    }

    private void load(String name, Path file, CsvImportOptions options, Consumer<ImportResult> afterLoad) {
        load(name, file, progress -> {
            ImportResult result = TableImport.load(file, options, progress);
            // The other sections name policies and exports after the table, as the workspace lists it.
            result.table().setName(name);
            return result;
        }, afterLoad, () -> name, () -> file);
    }

    /**
     * Runs {@code work} in the background and shows its table.
     *
     * @param loadedName the dataset name once loaded (an import learns it from the catalogue)
     * @param loadedPath the file the table now comes from (an import's copy), protected from exports
     */
    private void load(String name, Path file, io.safesegment.ui.common.ProgressWork<ImportResult> work,
                      Consumer<ImportResult> afterLoad, java.util.function.Supplier<String> loadedName,
                      java.util.function.Supplier<Path> loadedPath) {
        loading.set(true);
        long started = System.nanoTime();
        Workspace workspace = session.workspace();
        BackgroundTask<ImportResult> task = tasks.run(i18n("data.task.load", name), work,
                loaded -> {
                    loading.set(false);
                    afterLoad.accept(loaded);
                    String shown = loadedName.get();
                    loadedFile = loadedPath.get();
                    importedFrom = file.equals(loadedFile) ? null : file;
                    cleaning.restore(shown, loaded.table(), DatasetRecipes.pipeline(workspace, shown));
                    double seconds = (System.nanoTime() - started) / 1e9;
                    status.accept(i18n("data.status.loaded", shown, loaded.table().rowCount(), seconds));
                    if (loaded.skippedRows() > 0) {
                        summary.set(summary.get() + i18n("data.summary.skipped", loaded.skippedRows()));
                        dialogs.showInformation(i18n("data.skipped.header", shown),
                                i18n("data.skipped.content", loaded.skippedRows(), issues(loaded)));
                    }
                },
                error -> {
                    loading.set(false);
                    dialogs.showError(i18n("data.error.load", name), error);
                });
        // A cancelled load calls neither callback, so the flag follows the task's state as well.
        task.whenCancelled(() -> loading.set(false));
    }

    private static String issues(ImportResult loaded) {
        return String.join("\n", loaded.issues().stream().limit(5)
                .map(issue -> i18n("data.skipped.issue", issue.line(), issue.reason())).toList());
    }

    /** Makes {@code imported} the current dataset {@code name}, not yet cleaned; nulls clear it. */
    void show(String name, Table imported) {
        if (name == null || sessionTables.containsKey(name)) {
            loadedFile = null;
            importedFrom = null;
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
        keepDataset(name, made, DatasetKind.DERIVED, List.of(), List.of());
    }

    /**
     * Like {@link #keepDataset(String, Table)}, registering the dataset with its lineage.
     *
     * @param kind    how it was made ({@code joined}, {@code postgres}, …)
     * @param parents names of the workspace datasets it was made from (session-only ones are skipped)
     * @param steps   the steps that made it (settings only, never values or passwords)
     */
    void keepDataset(String name, Table made, DatasetKind kind, List<String> parents, List<LineageStep> steps) {
        addSessionDataset(name, made);
        Workspace workspace = session.workspace();
        if (workspace == null) {
            return;
        }
        List<Long> parentIds = parents.stream().map(this::workspaceDataset).flatMap(Optional::stream)
                .map(Dataset::id).distinct().toList();
        Map<String, ColumnRole> privacy = columnRoles.get();
        tasks.run(i18n("data.task.keep", name),
                progress -> new DatasetCatalog(workspace).registerTable(name, made, kind, privacy,
                        io.safesegment.core.data.RoleMapping.empty(), parentIds, steps, progress),
                saved -> {
                    if (workspace != session.workspace()) {
                        return;
                    }
                    // Steps the user added while the file was written belong to the kept dataset.
                    CleaningPipeline cleaningSteps = name.equals(cleaning.dataset()) ? cleaning.pipeline()
                            : CleaningPipeline.empty();
                    DatasetRecipes.save(workspace, saved.name(), WorkspaceDatasets.columnTypes(made), cleaningSteps);
                    sessionTables.remove(name);
                    refresh();
                    select(saved.name());
                    status.accept(i18n("data.status.kept", saved.name(), saved.file().getFileName()));
                },
                error -> dialogs.showError(i18n("data.error.keep", name), error));
    }

    /**
     * Keeps the cleaned table as a new {@code cleaned} dataset, child of the loaded one. The lineage step lists the
     * cleaning step types only: their parameters (fill values, patterns) are the user's and could hold values.
     */
    public void keepCleaned() {
        Table cleaned = table.get();
        String source = tableName.get();
        CleaningPipeline steps = cleaning.pipeline();
        if (cleaned == null || source.isEmpty() || steps.steps().isEmpty()) {
            return;
        }
        String name = source + " (" + i18n("data.kind.cleaned") + ")";
        Table copy = cleaned.copy();
        copy.setName(name);
        keepDataset(name, copy, DatasetKind.CLEANED, List.of(source), List.of(LineageStep.of("clean", "steps",
                steps.steps().stream().map(step -> step.getClass().getSimpleName()).toList())));
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

    /**
     * Files an export must never replace: the loaded file, the original an import was copied from, and every
     * dataset file of the open workspace.
     */
    List<Path> protectedFiles() {
        List<Path> files = new ArrayList<>();
        if (loadedFile != null) {
            files.add(loadedFile);
        }
        if (importedFrom != null) {
            files.add(importedFrom);
        }
        datasets.stream().filter(d -> d.path() != null).forEach(d -> files.add(d.path()));
        return files;
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

    /** The role-mapping panel of the loaded dataset. */
    public RoleMappingModel roleMapping() {
        return roleMapping;
    }

    /** Loading from PostgreSQL. */
    public PostgresModel postgres() {
        return postgres;
    }

    DialogService dialogs() {
        return dialogs;
    }
}
