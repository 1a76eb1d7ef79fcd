package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.data.pg.PostgresConnectionOptions;
import io.safesegment.core.data.pg.TableRef;
import io.safesegment.core.recipe.DataSteps;
import io.safesegment.core.task.Progress;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.ProgressWork;
import io.safesegment.ui.common.TaskExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Loading a table or query result from PostgreSQL. The password is passed to each action as a {@code char[]}, copied
 * for the background task and zeroed when it ends; it is never stored in a property, the workspace or a message.
 */
public final class PostgresModel {
    private final DataViewModel data;
    private final ExclusiveTask exclusive;
    private PostgresConnectionOptions pending;
    private final DialogService dialogs;
    private final StringProperty host = new SimpleStringProperty(this, "host", "localhost");
    private final StringProperty port = new SimpleStringProperty(this, "port", "5432");
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final ObservableList<TableRef> tables = FXCollections.observableArrayList();
    private final ObjectProperty<TableRef> table = new SimpleObjectProperty<>(this, "table");
    private final BooleanProperty useQuery = new SimpleBooleanProperty(this, "useQuery");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    PostgresModel(DataViewModel data, TaskExecutor tasks, DialogService dialogs) {
        this.data = data;
        this.exclusive = new ExclusiveTask(tasks, dialogs, this::cancelled);
        this.dialogs = dialogs;
    }

    /** Connects and lists the tables. */
    public void testConnection(char[] password) {
        run(password, i18n("data.task.pg.connect"), DatasetService::postgresTables, found -> {
            tables.setAll(found);
            if (table.get() == null || !found.contains(table.get())) {
                table.set(found.isEmpty() ? null : found.getFirst());
            }
            message.set(i18n("data.pg.connected", found.size()));
        });
    }

    /** Counts the rows the chosen table or query would load. */
    public void countRows(char[] password) {
        TableRef chosen = table.get();
        String sql = query.get();
        boolean byQuery = useQuery.get();
        if (!byQuery && chosen == null) {
            return;
        }
        run(password, i18n("data.task.pg.count"),
                server -> byQuery ? DatasetService.countPostgresQueryRows(server, sql)
                        : DatasetService.countPostgresRows(server, chosen),
                count -> message.set(i18n("data.pg.count", count)));
    }

    /** Loads the chosen table or query result as a new session dataset and shows it. */
    public void load(char[] password) {
        TableRef chosen = table.get();
        String sql = query.get();
        boolean byQuery = useQuery.get();
        if (!byQuery && chosen == null) {
            return;
        }
        String name = (byQuery ? "query" : chosen.name()) + "@" + database.get().trim();
        String[] at = {host.get().trim(), port.get().trim(), database.get().trim(), user.get().trim()};
        run(password, i18n("data.task.load", name),
                (server, progress) -> byQuery ? DatasetService.loadPostgresQuery(server, sql, name, progress)
                        : DatasetService.loadPostgresTable(server, chosen, progress),
                loaded -> {
                    message.set(i18n("data.pg.loaded", loaded.table().rowCount(), name));
                    // The recipe holds the server, user and table or query, never the password (decision 0016).
                    data.recorder().fetched(name, DataSteps.postgresFields(at[0], Integer.parseInt(at[1]),
                            at[2], at[3], byQuery ? null : chosen, sql));
                    // The lineage names the database and table, never the user, password or the query text (a
                    // WHERE clause may hold personal values).
                    data.keepDataset(name, loaded.table(), DatasetKind.POSTGRES, List.of(),
                            List.of(LineageStep.of("postgres", "database", database.get().trim(),
                                    "table", byQuery ? "(query)" : chosen.name())));
                    data.cleaning().restore(name, loaded.table(), CleaningPipeline.empty());
                });
    }

    private <T> void run(char[] password, String title, Function<PostgresConnectionOptions, T> call,
                         Consumer<T> done) {
        run(password, title, (server, progress) -> call.apply(server), done);
    }

    private <T> void run(char[] password, String title, BiFunction<PostgresConnectionOptions, Progress, T> call,
                         Consumer<T> done) {
        if (exclusive.isBusy()) {
            return;
        }
        PostgresConnectionOptions options;
        try {
            options = options(password);
        } catch (IllegalArgumentException e) {
            message.set(I18n.message(e));
            return;
        }
        pending = options;
        ProgressWork<T> work = progress -> {
            try {
                return call.apply(options, progress);
            } finally {
                options.clearPassword();
            }
        };
        exclusive.start(title, work, done, this::fail);
    }

    private void fail(Throwable error) {
        message.set(I18n.message(error));
        dialogs.showError(i18n("data.error.pg"), error);
    }

    // A cancelled task calls neither callback and may never have run its work: the password is cleared here.
    private void cancelled() {
        if (pending != null) {
            pending.clearPassword();
        }
    }

    private PostgresConnectionOptions options(char[] password) {
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(i18n("data.pg.badport"));
        }
        return new PostgresConnectionOptions(host.get().trim(), portNumber, database.get().trim(), user.get().trim(),
                Arrays.copyOf(password, password.length), 10);
    }

    /** Server host name. */
    public StringProperty hostProperty() {
        return host;
    }

    /** Server port, as typed. */
    public StringProperty portProperty() {
        return port;
    }

    /** Database name. */
    public StringProperty databaseProperty() {
        return database;
    }

    /** User name. */
    public StringProperty userProperty() {
        return user;
    }

    /** Tables found by the last successful connection test. */
    public ObservableList<TableRef> tables() {
        return tables;
    }

    /** The table to load. */
    public ObjectProperty<TableRef> tableProperty() {
        return table;
    }

    /** Load a query result instead of a table. */
    public BooleanProperty useQueryProperty() {
        return useQuery;
    }

    /** The SQL query. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Result of the last action (connected, row count, loaded, or what went wrong). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a database call is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return exclusive.busyProperty();
    }
}
