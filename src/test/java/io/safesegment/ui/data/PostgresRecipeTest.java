package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.clean.NormaliseText;
import io.safesegment.core.data.pg.LocalPostgres;
import io.safesegment.core.data.pg.TableRef;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeRunner;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.RecipeValidator;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table or query fetched from PostgreSQL in the Data section is recorded as a {@code postgres} step (URL, user,
 * table or query, never the password) and replays, with the password from the front end, to the same exported
 * file; without a password the replay names the step and the variable to set. Real throwaway server
 * ({@link LocalPostgres}), same-thread executor, no toolkit.
 */
class PostgresRecipeTest {
    @RegisterExtension
    static final LocalPostgres SERVER = new LocalPostgres();

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkspaceSession session;
    private DataViewModel model;

    @BeforeAll
    static void table() throws Exception {
        try (Connection c = SERVER.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS shoppers (id integer PRIMARY KEY, postcode text, city text, "
                    + "spent numeric(8,2))");
            s.execute("TRUNCATE shoppers");
            s.execute("INSERT INTO shoppers SELECT g, lpad((g * 7)::text, 5, '0'), CASE WHEN g % 3 = 0 THEN ' berlin' "
                    + "ELSE 'Shanghai ' END, g * 1.25 FROM generate_series(1, 400) g");
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        session = new WorkspaceSession();
        session.setWorkspace(Workspace.open(dir.resolve("ws")));
        model = new DataViewModel(session, TaskExecutor.sameThread(), dialogs, status -> { });
        PostgresModel pg = model.postgres();
        pg.hostProperty().set("127.0.0.1");
        pg.portProperty().set(Integer.toString(SERVER.port()));
        pg.databaseProperty().set("postgres");
        pg.userProperty().set(LocalPostgres.USER);
    }

    private static RecipeKeys password() {
        return RecipeKeys.withDatabasePassword(RecipeKeys.NONE, LocalPostgres.PASSWORD::toCharArray);
    }

    @Test
    void aFetchedTableIsRecordedWithoutThePasswordAndReplaysToTheSameExport() throws Exception {
        model.postgres().tableProperty().set(new TableRef("public", "shoppers"));
        model.postgres().load(LocalPostgres.PASSWORD.toCharArray());
        assertEquals(400, model.tableProperty().get().rowCount(), dialogs.shown.toString());
        model.cleaning().add(new NormaliseText("city", true, true, NormaliseText.TextCase.UPPER));
        Path gui = dir.resolve("gui.csv");
        dialogs.nextFile = gui;
        model.export().export();
        assertEquals(List.of(), dialogs.errors);

        List<RecipeStep> steps = session.recipe().steps();
        assertEquals(List.of(StepKind.POSTGRES, StepKind.CLEAN, StepKind.EXPORT),
                steps.stream().map(RecipeStep::kind).toList());
        RecipeStep fetched = steps.getFirst();
        assertEquals("jdbc:postgresql://127.0.0.1:" + SERVER.port() + "/postgres", fetched.text("url", null));
        assertEquals(LocalPostgres.USER, fetched.text("user", null));
        assertEquals("public.shoppers", fetched.text("table", null));
        assertEquals(fetched.name(), steps.get(1).text("input", null));
        String json = session.recipe().toJson("pg", dir);
        assertFalse(json.contains(LocalPostgres.PASSWORD), "no password in the recipe: " + json);

        Path replayed = dir.resolve("replayed.csv");
        Recipe recipe = session.recipe().toRecipe("pg", dir)
                .withOverrides(List.of(steps.get(2).name() + ".output=" + replayed));
        assertEquals(List.of(), new RecipeValidator(recipe, dir.resolve("replay-ws"), RecipeKeys.NONE).validate(),
                "a dry run needs no password and no connection");
        RecipeResult result = new RecipeRunner(recipe, dir.resolve("replay-ws"), password()).run(Progress.NONE);
        assertTrue(result.steps().stream().allMatch(s -> s.status().equals("done")), result.toString());
        assertArrayEquals(Files.readAllBytes(gui), Files.readAllBytes(replayed),
                "same rows, same types (postcodes keep their leading zeros), same cleaning");
        assertTrue(Files.readString(replayed).contains("00007"));

        Recipe noPassword = recipe.withOverrides(List.of("1.passwordEnv=SAFESEGMENT_TEST_NO_SUCH_VARIABLE"));
        RecipeException e = assertThrows(RecipeException.class,
                () -> new RecipeRunner(noPassword, dir.resolve("replay-ws2"), RecipeKeys.NONE).run(Progress.NONE));
        assertEquals(1, e.problems().getFirst().step());
        assertEquals("passwordEnv", e.problems().getFirst().field());
        assertTrue(e.getMessage().contains("SAFESEGMENT_TEST_NO_SUCH_VARIABLE"), e.getMessage());
    }

    @Test
    void aFetchedQueryIsRecordedWithItsSqlAndReplaysToTheSameTable() throws Exception {
        String sql = "SELECT id, postcode, spent FROM shoppers WHERE id <= 50 ORDER BY id";
        model.postgres().useQueryProperty().set(true);
        model.postgres().queryProperty().set(sql);
        model.postgres().load(LocalPostgres.PASSWORD.toCharArray());
        assertEquals(50, model.tableProperty().get().rowCount(), dialogs.shown.toString());
        Path gui = dir.resolve("gui-query.csv");
        dialogs.nextFile = gui;
        model.export().export();

        List<RecipeStep> steps = session.recipe().steps();
        assertEquals(List.of(StepKind.POSTGRES, StepKind.EXPORT), steps.stream().map(RecipeStep::kind).toList());
        assertEquals(sql, steps.getFirst().text("query", null));
        Path replayed = dir.resolve("replayed-query.csv");
        Recipe recipe = session.recipe().toRecipe("pg", dir)
                .withOverrides(List.of(steps.get(1).name() + ".output=" + replayed));
        new RecipeRunner(recipe, dir.resolve("replay-ws"), password()).run(Progress.NONE);
        assertArrayEquals(Files.readAllBytes(gui), Files.readAllBytes(replayed));

        // The CLI reads the password from --pg-password-file.
        Path recipeFile = dir.resolve("pg.recipe.json");
        session.recipe().save("pg", recipeFile);
        Path passwordFile = Files.writeString(dir.resolve("pg-password.txt"), LocalPostgres.PASSWORD + "\n");
        Path cli = dir.resolve("cli-query.csv");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = io.safesegment.cli.SafeSegmentCli.newCommandLine(new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true)).execute("run", recipeFile.toString(), "--workspace",
                dir.resolve("cli-ws").toString(), "--pg-password-file", passwordFile.toString(), "--set",
                steps.get(1).name() + ".output=" + cli);
        assertEquals(0, exit, err + "\n" + out);
        assertArrayEquals(Files.readAllBytes(gui), Files.readAllBytes(cli));
    }
}
