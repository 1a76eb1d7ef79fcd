package io.safesegment.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.RecipeValidator;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Recipe panel's model without the JavaFX toolkit: listing, editing, files, dry run, replay, cancel, keys. */
class RecipeViewModelTest {
    private static final Path SAMPLES = Path.of("sample-datasets").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("docs", "recipes").toAbsolutePath();

    @TempDir
    Path dir;

    private final WorkspaceSession session = new WorkspaceSession();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<KeyVault> vault = new SimpleObjectProperty<>();
    private final AtomicReference<CancellationToken> running = new AtomicReference<>();
    private Executor uiThread = Runnable::run;
    private RecipeViewModel model;

    @BeforeEach
    void setUp() {
        I18n.setLocale(Locale.ENGLISH);
        session.setWorkspace(Workspace.open(dir.resolve("workspace")));
        TaskExecutor sameThread = TaskExecutor.sameThread();
        // the same-thread executor, with a handle on the running task's progress so a test can cancel mid-replay
        TaskExecutor tasks = new TaskExecutor() {
            @Override
            public <T> io.safesegment.ui.common.BackgroundTask<T> run(String title,
                    io.safesegment.ui.common.ProgressWork<T> work, java.util.function.Consumer<? super T> ok,
                    java.util.function.Consumer<Throwable> failed) {
                return sameThread.run(title, p -> {
                    running.set((CancellationToken) p);
                    return work.run(p);
                }, ok, failed);
            }
        };
        model = new RecipeViewModel(session, vault, tasks, dialogs, r -> uiThread.execute(r));
    }

    private RecipeStep importOf(String name, String file, String roles) {
        ObjectNode f = SessionRecipe.fields();
        f.put("file", SAMPLES.resolve(file).toString());
        f.put("roles", roles);
        return session.recipe().append(StepKind.IMPORT, name, f);
    }

    private void recordSegmentation() {
        importOf("customers", "customers.csv", "customer_id=customer_id,signup_date=signup_date");
        importOf("transactions", "transactions.csv", "customer_id=customer_id,order_id=transaction_id,"
                + "timestamp=timestamp,amount=amount,product_id=product_id");
        ObjectNode s = SessionRecipe.fields();
        s.put("customers", "customers");
        s.put("transactions", "transactions");
        s.putArray("features").add("order_count").add("avg_spend");
        s.put("algorithm", "kmeans");
        s.put("k", 3);
        s.put("seed", 42);
        session.recipe().append(StepKind.SEGMENT, "segments", s);
    }

    private List<String> names() {
        return model.steps().stream().map(StepRow::name).toList();
    }

    private List<String> outcomes() {
        return model.steps().stream().map(StepRow::outcome).toList();
    }

    @Test
    void recordedStepsAreListedWithKindParametersAndJson() {
        recordSegmentation();
        assertEquals(List.of("customers", "transactions", "segments"), names());
        StepRow segment = model.steps().get(2);
        assertEquals(3, segment.number());
        assertEquals("Segment", segment.kind());
        assertTrue(segment.summary().contains("features=order_count,avg_spend"), segment.summary());
        assertTrue(segment.summary().contains("k=3 · seed=42"), segment.summary());
        assertTrue(segment.json().contains("\"kind\" : \"segment\""), segment.json());
        StepRow imported = model.steps().getFirst();
        assertTrue(imported.summary().startsWith("file=customers.csv · roles="), "files by name: "
                + imported.summary());
        assertTrue(imported.json().contains(SAMPLES.resolve("customers.csv").toString().replace("\\", "\\\\")));
        assertEquals("", imported.outcome());
    }

    @Test
    void stepsAreRemovedAndReordered() {
        recordSegmentation();
        assertEquals(0, model.moveUp(0), "the first step stays first");
        assertEquals(1, model.moveDown(0));
        assertEquals(List.of("transactions", "customers", "segments"), names());
        assertEquals(List.of(1, 2, 3), model.steps().stream().map(StepRow::number).toList());
        assertEquals(2, model.moveDown(2), "the last step stays last");
        assertEquals(0, model.moveUp(1));
        assertEquals(1, model.remove(1));
        assertEquals(List.of("customers", "segments"), names());
        assertEquals(List.of("customers", "segments"),
                session.recipe().steps().stream().map(RecipeStep::name).toList(), "the session recipe changed");
        assertEquals(0, model.remove(1));
        assertEquals(-1, model.remove(0));
        assertTrue(model.steps().isEmpty());
    }

    @Test
    void savedRecipeOpensBackAndTheValidatorAcceptsIt() throws Exception {
        recordSegmentation();
        dialogs.nextFile = dir.resolve("out/my session");
        Files.createDirectories(dir.resolve("out"));
        model.saveAs();
        Path saved = dir.resolve("out/my session.recipe.json");
        assertTrue(Files.isRegularFile(saved), "the .recipe.json extension is added");
        assertTrue(Files.readString(saved).contains("\"seed\" : 42"));
        assertEquals(List.of(), new RecipeValidator(Recipe.read(saved), session.workspace().directory(),
                RecipeKeys.NONE).validate());

        dialogs.nextConfirm = false;
        model.newRecipe();
        assertEquals(3, model.steps().size(), "kept when the user does not confirm");
        dialogs.nextConfirm = true;
        model.newRecipe();
        assertTrue(session.recipe().isEmpty());

        dialogs.nextFile = saved;
        model.open();
        assertEquals(List.of("customers", "transactions", "segments"), names());
        assertEquals(List.of(), model.problems());
        assertEquals(SAMPLES.resolve("customers.csv").toString(), session.recipe().steps().getFirst()
                .text("file", null), "inputs are kept absolute, so a later Save as elsewhere still finds them");
        assertTrue(model.statusProperty().get().contains("3 steps"), model.statusProperty().get());
    }

    @Test
    void aFileTheDesktopOpenedTheAppWithOpensWithoutTheChooserAndAsksBeforeReplacing() {
        // the installer's file association passes the recipe file on the command line (decision 0035)
        model.open(EXAMPLES.resolve("segment-and-profiles.json"));
        assertEquals(List.of("customers", "transactions", "segments"), names());
        assertEquals(List.of(), model.problems());
        assertTrue(dialogs.shown.stream().noneMatch(l -> l.startsWith("open:")), dialogs.shown.toString());

        dialogs.nextConfirm = false;
        model.open(EXAMPLES.resolve("recommendations-campaign.json"));
        assertEquals(List.of("customers", "transactions", "segments"), names(), "kept when the user does not confirm");
    }

    @Test
    void aRejectedFileListsStepFieldAndReasonAndKeepsTheRecipe() throws Exception {
        recordSegmentation();
        Path bad = dir.resolve("bad.recipe.json");
        Files.writeString(bad, """
                {"recipeVersion": 1, "name": "bad", "steps": [
                  {"kind": "import", "name": "c", "file": "missing.csv"},
                  {"kind": "teleport"}]}
                """);
        dialogs.nextFile = bad;
        dialogs.nextConfirm = true;
        model.open();
        assertEquals(List.of("customers", "transactions", "segments"), names(), "an unreadable file replaces nothing");
        assertTrue(model.problems().getFirst().startsWith("Step 2 · kind: unknown step kind 'teleport'"),
                model.problems().toString());

        Files.writeString(bad, """
                {"recipeVersion": 1, "name": "bad", "steps": [
                  {"kind": "import", "name": "c", "file": "missing.csv"}]}
                """);
        model.open();
        assertEquals(List.of("c"), names(), "a readable recipe opens, with its problems listed");
        assertTrue(model.problems().stream().anyMatch(p -> p.startsWith("Step 1 · file:")), model.problems()
                .toString());
    }

    @Test
    void dryRunValidatesWithoutWritingAndReplayRunsEveryStep() throws Exception {
        dialogs.nextFile = EXAMPLES.resolve("segment-and-profiles.json");
        model.open();
        assertEquals(List.of(), model.problems());
        Path exports = session.workspace().directory().resolve("exports");

        model.dryRun();
        assertEquals(List.of("Valid", "Valid", "Valid"), outcomes());
        assertFalse(Files.exists(exports.resolve("segments.csv")), "a dry run writes nothing");

        model.replay();
        assertEquals(List.of("Done", "Done", "Done"), outcomes());
        assertTrue(Files.isRegularFile(exports.resolve("segments.csv")));
        assertTrue(Files.isRegularFile(exports.resolve("segment-profiles.csv")));
        assertFalse(model.busyProperty().get());
        assertTrue(dialogs.notices.getLast().startsWith("Replayed 3 steps"), dialogs.notices.toString());
    }

    @Test
    void cancelStopsTheReplayAfterTheStepInProgress() {
        recordSegmentation();
        uiThread = r -> {
            r.run();
            if (model.steps().getFirst().outcome().equals("Done")) {
                running.get().cancel(); // the user cancels as soon as the first step has ended
            }
        };
        model.replay();
        assertEquals(List.of("Done", "Not run", "Not run"), outcomes());
        assertEquals("Replay cancelled; steps already done keep their outputs", model.statusProperty().get());
        assertFalse(model.busyProperty().get());
        assertTrue(dialogs.errors.isEmpty(), "a cancel is not an error");
        assertFalse(Files.exists(session.workspace().directory().resolve("exports/segments.csv")));
    }

    @Test
    void aLockedVaultIsNamedAndNothingIsWrittenWhileAnUnlockedOneStaysOpen() throws Exception {
        Path ws = session.workspace().directory();
        try (KeyVault v = KeyVault.create(ws, "a long test password".toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("signing", KeyPurpose.SIGNING_ED25519);
        }
        importOf("customers", "customers.csv", "customer_id=customer_id");
        ObjectNode export = SessionRecipe.fields();
        export.put("input", "customers");
        export.put("output", "signed.csv");
        export.putObject("sign").put("vaultKey", "signing");
        session.recipe().append(StepKind.EXPORT, "release", export);

        model.replay();
        assertEquals("The key vault is locked; nothing was written", model.statusProperty().get());
        assertTrue(model.problems().getFirst().contains("unlock it"), model.problems().toString());
        assertTrue(model.problems().stream().anyMatch(p -> p.startsWith("Step 2 · sign")), model.problems()
                .toString());
        assertFalse(Files.exists(ws.resolve("exports/signed.csv")));

        try (KeyVault unlocked = KeyVault.open(ws, "a long test password".toCharArray())) {
            vault.set(unlocked);
            model.replay();
            assertEquals(List.of("Done", "Done"), outcomes());
            assertTrue(Files.isRegularFile(ws.resolve("exports/signed.csv.manifest.json")));
            assertEquals("signing", unlocked.list().getFirst().name(), "the window's vault is still unlocked");
        }
        assertNull(dialogs.errors.isEmpty() ? null : dialogs.errors.getFirst());
    }

    @Test
    void rowsProblemsAndStatusFollowALanguageSwitch() throws Exception {
        recordSegmentation();
        model.dryRun();
        assertEquals("Valid", model.steps().getFirst().outcome());
        try {
            I18n.setLocale(I18n.CHINESE);
            model.relocalise();
            assertEquals("导入", model.steps().getFirst().kind());
            assertEquals("桌面会话", model.titleProperty().get(), "the default title is translated too");
            assertEquals("有效", model.steps().getFirst().outcome(), "outcomes are kept, in the new language");
            assertEquals("全部 3 个步骤有效；未写入任何内容", model.statusProperty().get());
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
        model.relocalise();
        assertEquals("All 3 steps are valid; nothing was written", model.statusProperty().get());
    }
}
