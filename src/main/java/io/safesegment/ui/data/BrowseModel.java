package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.BackgroundTask;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tech.tablesaw.api.Table;

/**
 * Which rows of the current table the browser shows: a quick filter and a one-column sort computed off the JavaFX
 * thread ({@link RowOrder}); the result is an {@code int[]} of row indices the table view pages through. A newer
 * request cancels the one still running, so typing in the filter box never queues up work.
 */
public final class BrowseModel {
    private final ReadOnlyObjectProperty<Table> table;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<int[]> rows = new ReadOnlyObjectWrapper<>(this, "rows", new int[0]);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private String sortColumn;
    private boolean ascending = true;
    private BackgroundTask<int[]> running;
    /** Bumped by every request; a result is shown only if no newer request came after it. */
    private long generation;

    BrowseModel(ReadOnlyObjectProperty<Table> table, TaskExecutor tasks) {
        this.table = table;
        this.tasks = tasks;
        table.addListener((obs, old, now) -> {
            if (now == null || sortColumn != null && !now.containsColumn(sortColumn)) {
                sortColumn = null;
            }
            recompute();
        });
    }

    /** Sorts on {@code column} (null: file order); does nothing when that order is already requested. */
    public void sortBy(String column, boolean ascendingOrder) {
        if (java.util.Objects.equals(column, sortColumn) && (column == null || ascendingOrder == ascending)) {
            return;
        }
        sortColumn = column;
        ascending = ascendingOrder;
        recompute();
    }

    /** Re-applies the filter text (the view calls this after a short pause in typing). */
    public void applyFilter() {
        recompute();
    }

    private void recompute() {
        long request = ++generation;
        if (running != null && running.isRunning()) {
            running.cancel();
        }
        Table current = table.get();
        if (current == null) {
            rows.set(new int[0]);
            shown.set("");
            return;
        }
        String sort = sortColumn;
        boolean asc = ascending;
        String text = filter.get();
        if (sort == null && (text == null || text.isBlank())) {
            publish(current, RowOrder.compute(current, null, true, null, io.safesegment.core.task.Progress.NONE));
            return;
        }
        running = tasks.run(i18n("data.task.browse", current.name()),
                progress -> RowOrder.compute(current, sort, asc, text, progress),
                order -> {
                    // A run that finished before its cancel arrived must not overwrite a newer request's rows.
                    if (request == generation && table.get() == current) {
                        publish(current, order);
                    }
                },
                error -> {
                    if (request == generation) {
                        shown.set(I18n.message(error));
                    }
                });
    }

    private void publish(Table current, int[] order) {
        rows.set(order);
        shown.set(order.length == current.rowCount() ? "" : i18n("data.browse.shown", order.length,
                current.rowCount()));
    }

    /** Row indices in display order. */
    public ReadOnlyObjectProperty<int[]> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The quick filter text. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** "N of M rows" when filtered, else empty. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The sorted column, or null. */
    public String sortColumn() {
        return sortColumn;
    }
}
