package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggestion;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The role-mapping panel of the Data section: for one workspace dataset, which column plays which
 * {@link SemanticRole} (none allowed). Rows start from the dataset's saved mapping, else from the suggestion;
 * Apply stores the mapping with the dataset (and the amount derivation as a lineage step), so Segments and
 * Recommendations read the confirmed roles.
 */
public final class RoleMappingModel {
    /** The roles the panel offers; feature columns are chosen per segmentation run, not here. */
    static final List<SemanticRole> ROLES = java.util.Arrays.stream(SemanticRole.values())
            .filter(r -> r != SemanticRole.FEATURE).toList();

    private final DataViewModel data;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ObservableList<RoleRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.column()});
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Dataset> editing = new ReadOnlyObjectWrapper<>(this, "editing");

    RoleMappingModel(DataViewModel data, TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
        this.data = data;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    /**
     * Opens the panel for the loaded dataset when it is a workspace dataset.
     *
     * @return whether the panel opened
     */
    public boolean openForLoaded() {
        Table table = data.originalProperty().get();
        Optional<Dataset> dataset = data.workspaceDataset(data.tableNameProperty().get());
        if (table == null || dataset.isEmpty()) {
            return false;
        }
        open(dataset.get(), table);
        return true;
    }

    /** Opens the panel for {@code dataset}, whose rows are {@code table} (suggestions look at the values). */
    void open(Dataset dataset, Table table) {
        RoleSuggestion suggestion = DatasetService.suggestRoleMapping(table);
        RoleMapping saved = dataset.roles().restrictedTo(table);
        RoleMapping start = saved.asMap().isEmpty() ? suggestion.mapping() : saved;
        columns.setAll(table.columnNames());
        rows.setAll(ROLES.stream().map(role -> RoleRow.of(role, suggestion.mapping().column(role).orElse(null),
                suggestion.confidence().getOrDefault(role, 0.0), suggestion.reasons().get(role),
                start.column(role).orElse(null))).toList());
        editing.set(dataset);
    }

    /** The mapping the rows describe. */
    public RoleMapping mapping() {
        Map<SemanticRole, String> chosen = new EnumMap<>(SemanticRole.class);
        rows.forEach(row -> {
            if (row.chosen() != null && !row.chosen().isBlank()) {
                chosen.put(row.role(), row.chosen());
            }
        });
        return RoleMapping.of(chosen);
    }

    /** The note shown when the amount is derived from quantity × unit price, else empty. */
    public StringBinding derivationNote() {
        return Bindings.createStringBinding(() -> AmountDerivation.of(mapping())
                .map(d -> i18n("data.roles.derived", d.quantityColumn(), d.unitPriceColumn())).orElse(""), rows);
    }

    /** Why Apply is not possible (a column chosen for two roles), else empty. */
    public StringBinding problem() {
        return Bindings.createStringBinding(() -> {
            Set<String> seen = new HashSet<>();
            for (RoleRow row : rows) {
                if (row.chosen() != null && !seen.add(row.chosen())) {
                    return i18n("data.roles.duplicate", row.chosen());
                }
            }
            return "";
        }, rows);
    }

    /** Saves the mapping with the dataset in the background and closes the panel. */
    public void apply() {
        Dataset dataset = editing.get();
        Workspace workspace = data.session().workspace();
        if (dataset == null || workspace == null || !problem().get().isEmpty()) {
            return;
        }
        RoleMapping roles = mapping();
        editing.set(null);
        tasks.run(i18n("data.task.roles", dataset.name()),
                progress -> DatasetService.updateRoles(workspace, dataset, roles),
                saved -> {
                    // Segments and Recommendations re-read the datasets and with them the confirmed roles.
                    data.session().datasetsChanged();
                    data.recorder().rolesConfirmed(saved.name(), roles);
                    status.accept(i18n("data.roles.saved", saved.name()));
                },
                error -> dialogs.showError(i18n("data.error.roles", dataset.name()), error));
    }

    /** Closes the panel without saving. */
    public void cancel() {
        editing.set(null);
    }

    /** One row per role. */
    public ObservableList<RoleRow> rows() {
        return rows;
    }

    /** The columns of the dataset, offered for every role. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** The dataset whose roles are being edited; non-null while the panel is open. */
    public ReadOnlyObjectProperty<Dataset> editingProperty() {
        return editing.getReadOnlyProperty();
    }
}
