package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.data.join.JoinReport;
import io.safesegment.core.data.join.JoinType;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * Joins the current (cleaned) table with another dataset of the workspace or session. Picking the other dataset
 * loads it in the background so its key columns can be offered; the joined table becomes a new session dataset and
 * the {@link JoinReport} says how well the keys matched.
 */
public final class JoinModel {
    private final DataViewModel data;
    private final ExclusiveTask exclusive;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ObservableList<DatasetItem> others = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetItem> right = new SimpleObjectProperty<>(this, "right");
    private final ObservableList<String> leftColumns = FXCollections.observableArrayList();
    private final ObservableList<String> rightColumns = FXCollections.observableArrayList();
    private final StringProperty leftKey = new SimpleStringProperty(this, "leftKey");
    private final StringProperty rightKey = new SimpleStringProperty(this, "rightKey");
    private final ObjectProperty<JoinType> type = new SimpleObjectProperty<>(this, "type", JoinType.LEFT);
    private final ReadOnlyObjectWrapper<JoinReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private Table rightTable;
    private CsvImportOptions rightOptions;

    JoinModel(DataViewModel data, TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
        this.data = data;
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("status.cancelled")));
        this.dialogs = dialogs;
        this.status = status;
        right.addListener((obs, old, now) -> loadRight(now));
    }

    /** Prepares the dialog for the current table: other datasets, left columns, no report yet. */
    public void prepare() {
        Table left = data.tableProperty().get();
        others.setAll(data.datasetList().datasets().stream()
                .filter(d -> !d.name().equals(data.tableNameProperty().get()))
                .filter(d -> d.inSession() || d.exists()).toList());
        leftColumns.setAll(left == null ? List.of() : left.columnNames());
        report.set(null);
        right.set(null);
        rightColumns.clear();
        rightTable = null;
    }

    private void loadRight(DatasetItem item) {
        rightTable = null;
        rightOptions = null;
        rightColumns.clear();
        rightKey.set(null);
        if (item == null) {
            return;
        }
        if (item.inSession()) {
            useRight(data.sessionTable(item.name()));
            return;
        }
        CsvImportOptions options = CsvImportOptions.defaults()
                .withColumnTypes(DatasetService.savedColumnTypes(data.session().workspace(), item.name()));
        exclusive.start(i18n("data.task.load", item.name()),
                progress -> DatasetService.importFile(item.path(), options, progress).table(),
                loaded -> {
                    if (item.equals(right.get())) {
                        rightOptions = options;
                        useRight(loaded);
                    }
                },
                error -> {
                    dialogs.showError(i18n("data.error.load", item.name()), error);
                });
    }

    private void useRight(Table table) {
        rightTable = table;
        rightColumns.setAll(table.columnNames());
        // Suggest the left key's namesake, the usual case (customer_id on both sides).
        String left = leftKey.get();
        rightKey.set(left != null && table.containsColumn(left) ? left : null);
    }

    /** Joins and adds the result as a new session dataset. */
    public void join() {
        Table left = data.tableProperty().get();
        Table other = rightTable;
        if (left == null || other == null || leftKey.get() == null || rightKey.get() == null || exclusive.isBusy()) {
            return;
        }
        JoinOptions options = new JoinOptions(List.of(leftKey.get()), List.of(rightKey.get()), type.get(), "_right");
        String leftName = data.tableNameProperty().get();
        DatasetItem rightItem = right.get();
        String rightName = rightItem.name();
        CsvImportOptions readRight = rightOptions;
        String name = leftName + " ⋈ " + rightName;
        exclusive.start(i18n("data.task.join", name),
                progress -> DatasetService.joinTables(left, other, options, progress),
                result -> {
                    report.set(result.report());
                    result.table().setName(name);
                    // The right side joins as read (its saved types, without its cleaning steps), as loaded here.
                    data.recorder().joined(leftName, rightName, rightItem.inSession() ? null
                            : new DataRecipeRecorder.Source(rightItem.path(), readRight, CleaningPipeline.empty(),
                                    () -> data.rolesOf(rightName)), options, name);
                    data.keepDataset(name, result.table(), DatasetKind.JOINED, List.of(leftName, rightName),
                            List.of(LineageStep.of("join", "left", leftName, "right", rightName,
                                    "leftKey", options.leftKeys(), "rightKey", options.rightKeys(),
                                    "type", options.type().name())));
                    status.accept(i18n("data.status.joined", name, result.report().resultRows()));
                },
                error -> {
                    dialogs.showError(i18n("data.error.join"), error);
                });
    }

    /** Datasets the current one can be joined with. */
    public ObservableList<DatasetItem> others() {
        return others;
    }

    /** The dataset to join with. */
    public ObjectProperty<DatasetItem> rightProperty() {
        return right;
    }

    /** Columns of the current table. */
    public ObservableList<String> leftColumns() {
        return leftColumns;
    }

    /** Columns of the other dataset (once loaded). */
    public ObservableList<String> rightColumns() {
        return rightColumns;
    }

    /** Key column of the current table. */
    public StringProperty leftKeyProperty() {
        return leftKey;
    }

    /** Key column of the other dataset. */
    public StringProperty rightKeyProperty() {
        return rightKey;
    }

    /** Inner or left join. */
    public ObjectProperty<JoinType> typeProperty() {
        return type;
    }

    /** The last join's report, null before the first join. */
    public ReadOnlyObjectProperty<JoinReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Whether loading or joining is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return exclusive.busyProperty();
    }

    /** Whether the Join button is unavailable. */
    public BooleanBinding joinDisabled() {
        return Bindings.createBooleanBinding(() -> exclusive.isBusy() || leftKey.get() == null || rightKey.get() == null,
                exclusive.busyProperty(), leftKey, rightKey);
    }
}
