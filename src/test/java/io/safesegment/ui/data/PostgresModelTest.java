package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.pg.LocalPostgres;
import io.safesegment.core.data.pg.TableRef;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The PostgreSQL dialog's ViewModel against a real, throwaway server ({@link LocalPostgres}). */
class PostgresModelTest {
    @RegisterExtension
    static final LocalPostgres SERVER = new LocalPostgres();

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> statuses = new ArrayList<>();
    private final TaskRunner runner = TaskRunner.sameThread();

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        I18n.setLocale(Locale.ENGLISH);
        try (Connection c = SERVER.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS members (id integer PRIMARY KEY, postcode text, city text)");
            s.execute("TRUNCATE members");
            s.execute("INSERT INTO members SELECT g, lpad((g * 7)::text, 5, '0'), CASE WHEN g % 2 = 0 THEN 'Berlin' "
                    + "ELSE 'Shanghai' END FROM generate_series(1, 1500) g");
        }
    }

    private <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
        runner.awaitIdle(Duration.ofSeconds(60));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private PostgresModel connected(DataViewModel data) throws Exception {
        PostgresModel pg = data.postgres();
        fx(() -> {
            pg.hostProperty().set("127.0.0.1");
            pg.portProperty().set(Integer.toString(SERVER.port()));
            pg.databaseProperty().set("postgres");
            pg.userProperty().set(LocalPostgres.USER);
            return null;
        });
        return pg;
    }

    @Test
    void aLoadedTableIsKeptInTheWorkspaceAndSurvivesReopening(@TempDir Path dir) throws Exception {
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        WorkspaceSession session = new WorkspaceSession();
        DataViewModel data = fx(() -> {
            session.setWorkspace(workspace);
            return new DataViewModel(session, runner, dialogs, statuses::add);
        });
        PostgresModel pg = connected(data);
        char[] password = LocalPostgres.PASSWORD.toCharArray();
        fx(() -> {
            pg.tableProperty().set(new TableRef("public", "members"));
            pg.load(password);
            return null;
        });
        assertEquals(1500, data.tableProperty().get().rowCount());
        assertTrue(workspace.datasets().stream().anyMatch(d -> d.name().equals("members@postgres")
                && d.path().startsWith(workspace.dataDirectory())), workspace.datasets().toString());

        WorkspaceSession reopened = new WorkspaceSession();
        DataViewModel fresh = fx(() -> {
            reopened.setWorkspace(Workspace.open(dir.resolve("ws")));
            return new DataViewModel(reopened, runner, dialogs, statuses::add);
        });
        fx(() -> {
            fresh.selectedProperty().set(fresh.datasets().stream().filter(d -> d.name().equals("members@postgres"))
                    .findFirst().orElseThrow());
            fresh.loadSelected();
            return null;
        });
        assertEquals(1500, fresh.tableProperty().get().rowCount());
        assertEquals("00007", fresh.tableProperty().get().getString(0, "postcode"), "text stays text on reload");
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void testConnectionCountAndLoadATableAsASessionDataset() throws Exception {
        DataViewModel data = fx(() -> new DataViewModel(new WorkspaceSession(), runner, dialogs, statuses::add));
        PostgresModel pg = connected(data);
        char[] password = LocalPostgres.PASSWORD.toCharArray();

        fx(() -> {
            pg.testConnection(password);
            return null;
        });
        assertTrue(pg.tables().contains(new TableRef("public", "members")), pg.messageProperty().get());
        assertTrue(pg.messageProperty().get().startsWith("Connected:"), pg.messageProperty().get());
        assertEquals(LocalPostgres.PASSWORD, new String(password), "the caller's array is not consumed");

        fx(() -> {
            pg.tableProperty().set(new TableRef("public", "members"));
            pg.countRows(password);
            return null;
        });
        assertEquals("1,500 rows will be loaded.", pg.messageProperty().get());

        fx(() -> {
            pg.load(password);
            return null;
        });
        assertEquals(1500, data.tableProperty().get().rowCount());
        assertEquals("00007", data.tableProperty().get().getString(0, "postcode"));
        assertEquals("members@postgres", data.tableNameProperty().get());
        assertTrue(data.datasets().stream().anyMatch(d -> d.inSession() && d.name().equals("members@postgres")));
        assertFalse(pg.runningProperty().get());
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void aQueryLoadsItsResultAndAWrongPasswordIsReportedWithoutTheSecret() throws Exception {
        DataViewModel data = fx(() -> new DataViewModel(new WorkspaceSession(), runner, dialogs, statuses::add));
        PostgresModel pg = connected(data);
        fx(() -> {
            pg.useQueryProperty().set(true);
            pg.queryProperty().set("SELECT city, count(*) AS n FROM members GROUP BY city ORDER BY city");
            pg.countRows(LocalPostgres.PASSWORD.toCharArray());
            return null;
        });
        assertEquals("2 rows will be loaded.", pg.messageProperty().get());
        fx(() -> {
            pg.load(LocalPostgres.PASSWORD.toCharArray());
            return null;
        });
        assertEquals(2, data.tableProperty().get().rowCount());
        assertEquals("Berlin", data.tableProperty().get().getString(0, "city"));

        char[] wrong = "not-the-password-42".toCharArray();
        fx(() -> {
            pg.testConnection(wrong);
            return null;
        });
        assertEquals(List.of("error: PostgreSQL request failed"), dialogs.shown);
        String message = dialogs.errors.getFirst().getMessage();
        assertTrue(message.contains("authentication failed"), message);
        assertFalse(message.contains("not-the-password-42"));
        assertFalse(pg.messageProperty().get().contains("not-the-password-42"));
        assertTrue(Arrays.equals("not-the-password-42".toCharArray(), wrong));
    }

    @Test
    void aBadPortIsExplainedWithoutConnecting() throws Exception {
        DataViewModel data = fx(() -> new DataViewModel(new WorkspaceSession(), runner, dialogs, statuses::add));
        PostgresModel pg = connected(data);
        fx(() -> {
            pg.portProperty().set("54x");
            pg.testConnection(new char[] {'x'});
            return null;
        });
        assertEquals("The port must be a number between 1 and 65535", pg.messageProperty().get());
        assertEquals(List.of(), dialogs.shown);
    }
}
