package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import tech.tablesaw.api.Table;

/**
 * The Data section's shell: the current dataset as imported ({@link #originalProperty()}) and as cleaned
 * ({@link #tableProperty()}, which the Privacy and Segments sections read), the datasets made in this session, and
 * one ViewModel per pane (datasets, browse, profile, cleaning) and dialog (join, export, PostgreSQL, roles). Every
 * data-changing action of the section is recorded into the window's recipe through {@link DataRecipeRecorder}.
 */
public final class DataViewModel {
    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<Table> original = new ReadOnlyObjectWrapper<>(this, "original");
    private final ReadOnlyObjectWrapper<Table> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyStringWrapper tableName = new ReadOnlyStringWrapper(this, "tableName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<Map<String, ColumnRole>> columnRoles =
            new SimpleObjectProperty<>(this, "columnRoles", Map.of());
    private final DataRecipeRecorder recorder;
    private final SessionDatasets sessionDatasets;
    private Path loadedFile;
    private Path importedFrom;

    private final DatasetListViewModel datasetList;
    private final BrowseModel browse;
    private final ProfileModel profile;
    private final CleaningModel cleaning;
    private final JoinModel join;
    private final ExportModel export;
    private final PostgresModel postgres;
    private final RoleMappingModel roleMapping;

    /**
     * @param session the open workspace, whose dataset list this ViewModel follows, and the recipe it records into
     * @param status  receives a short status-bar message after each load
     */
    public DataViewModel(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.recorder = new DataRecipeRecorder(session::recipe);
        // Other sections that read the loaded table name the step that made it (import, fetch, cleaning, join).
        session.recipe().publishLoadedTable(() -> {
            String name = tableName.get();
            return name == null || name.isEmpty() || table.get() == null ? null : recorder.inputOf(name);
        });
        this.sessionDatasets = new SessionDatasets(this, session, tasks, dialogs, status);
        this.datasetList = new DatasetListViewModel(this, session, tasks, dialogs, status);
        this.browse = new BrowseModel(table.getReadOnlyProperty(), tasks);
        this.profile = new ProfileModel(table.getReadOnlyProperty(), tasks, dialogs);
        this.cleaning = new CleaningModel(this, tasks, dialogs, status);
        this.join = new JoinModel(this, tasks, dialogs, status);
        this.export = new ExportModel(this, tasks, dialogs, status);
        this.postgres = new PostgresModel(this, tasks, dialogs);
        this.roleMapping = new RoleMappingModel(this, tasks, dialogs, status);
        session.workspaceProperty().addListener((obs, old, now) -> {
            sessionDatasets.clear();
            show(null, null);
            datasetList.refresh();
        });
        session.datasetsRevisionProperty().addListener((obs, old, now) -> datasetList.refresh());
        datasetList.refresh();
    }

    /** Re-reads the dataset list. */
    public void refresh() {
        datasetList.refresh();
    }

    /** The workspace dataset listed as {@code name}, if any. */
    Optional<Dataset> workspaceDataset(String name) {
        Workspace workspace = session.workspace();
        return workspace == null || name == null ? Optional.empty() : DatasetService.findDataset(workspace, name);
    }

    /** The role mapping saved with workspace dataset {@code name}; empty for others. */
    RoleMapping rolesOf(String name) {
        return workspaceDataset(name).map(Dataset::roles).orElse(RoleMapping.empty());
    }

    /** Makes {@code imported} the current dataset {@code name}, not yet cleaned; nulls clear it. */
    void show(String name, Table imported) {
        if (name == null || sessionDatasets.table(name) != null) {
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

    /** Adds "N bad rows skipped" to the summary of the table just loaded. */
    void noteSkipped(long rows) {
        summary.set(summary.get() + i18n("data.summary.skipped", rows));
    }

    /**
     * The file the next shown table comes from (never overwritten by an export) and, for an import, the user's
     * original it was copied from (null otherwise).
     */
    void setSource(Path file, Path original) {
        loadedFile = file;
        importedFrom = original == null || original.equals(file) ? null : original;
    }

    /** Adds a table made here and keeps it in the workspace (see {@link SessionDatasets#keep}). */
    void keepDataset(String name, Table made, DatasetKind kind, List<String> parents, List<LineageStep> steps) {
        sessionDatasets.keep(name, made, kind, parents, steps);
    }

    /** Keeps the cleaned table as a new {@code cleaned} dataset, child of the loaded one. */
    public void keepCleaned() {
        sessionDatasets.keepCleaned();
    }

    /** A session table by name, or null. */
    Table sessionTable(String name) {
        return sessionDatasets.table(name);
    }

    /** A dataset name for {@code file} not yet listed (without a workspace: "x.csv", "x.csv (2)", …). */
    String uniqueName(Path file) {
        String base = file.getFileName().toString();
        List<String> taken = datasetList.datasets().stream().map(DatasetItem::name).toList();
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + " (" + i + ")";
        }
        return name;
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
        datasetList.datasets().stream().filter(d -> d.path() != null).forEach(d -> files.add(d.path()));
        return files;
    }

    SessionDatasets sessionDatasets() {
        return sessionDatasets;
    }

    DataRecipeRecorder recorder() {
        return recorder;
    }

    WorkspaceSession session() {
        return session;
    }

    DialogService dialogs() {
        return dialogs;
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

    /** Roles the Privacy section's policy assigns, by column, shown in the column headers. */
    public ObjectProperty<Map<String, ColumnRole>> columnRolesProperty() {
        return columnRoles;
    }

    /** The datasets listed in the datasets pane (the shell's "Open sample data" picks one). */
    public javafx.collections.ObservableList<DatasetItem> datasets() {
        return datasetList.datasets();
    }

    /** The dataset the datasets pane's Load acts on. */
    public ObjectProperty<DatasetItem> selectedProperty() {
        return datasetList.selectedProperty();
    }

    /** Loads the selected dataset (see {@link DatasetListViewModel#loadSelected()}). */
    public void loadSelected() {
        datasetList.loadSelected();
    }

    /** The datasets pane: list, load, import. */
    public DatasetListViewModel datasetList() {
        return datasetList;
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
}
