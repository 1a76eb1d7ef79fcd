package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.clean.NormaliseText;
import io.safesegment.core.data.join.JoinType;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeRunner;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.RecipeValidator;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.SampleCsvFiles;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Data section's actions recorded into the session recipe, on a same-thread executor without the JavaFX
 * toolkit: what the GUI did, a headless replay of the recording does byte for byte.
 */
class DataRecipeRecordingTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkspaceSession session;
    private Workspace workspace;
    private DataViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
        session = new WorkspaceSession();
        session.setWorkspace(workspace);
        model = new DataViewModel(session, TaskExecutor.sameThread(), dialogs, status -> { });
    }

    private List<RecipeStep> steps() {
        return session.recipe().steps();
    }

    private Recipe recorded() {
        return session.recipe().toRecipe("recorded", dir);
    }

    private void importFile(Path file) {
        model.datasetList().beginImport(file);
        model.datasetList().confirmImport(model.datasetList().pendingImportProperty().get());
        assertNotNull(model.tableProperty().get(), dialogs.shown.toString());
    }

    @Test
    void importAndTwoCleaningStepsReplayToTheSameBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("visits.csv"), "id;city;spent\n1; berlin ;3,5\n1; berlin ;3,5\n"
                + "2;Paris;10,25\n3;paris  ;7\n", StandardCharsets.UTF_8);
        importFile(file);
        model.cleaning().add(new DropDuplicates(List.of()));
        model.cleaning().add(new NormaliseText("city", true, true, NormaliseText.TextCase.UPPER));
        assertEquals(3, model.tableProperty().get().rowCount());
        Path gui = dir.resolve("gui.csv");
        dialogs.nextFile = gui;
        model.export().export();
        assertEquals(List.of(), dialogs.errors);

        assertEquals(List.of(StepKind.IMPORT, StepKind.CLEAN, StepKind.CLEAN, StepKind.EXPORT),
                steps().stream().map(RecipeStep::kind).toList());
        RecipeStep imported = steps().getFirst();
        assertEquals(file.toAbsolutePath().toString(), imported.text("file", null), "the user's file, not the copy");
        assertEquals(";", imported.get("options").get("delimiter").asText());
        assertEquals(imported.name(), steps().get(1).text("input", null));
        assertEquals(steps().get(1).name(), steps().get(2).text("input", null), "each step reads the one before");
        assertEquals("normalise-text", steps().get(2).get("steps").get(0).get("step").asText());
        assertEquals(steps().get(2).name(), steps().get(3).text("input", null));
        assertEquals(List.of(), new RecipeValidator(recorded(), workspace.directory(), RecipeKeys.NONE).validate());

        Path replayed = dir.resolve("replayed.csv");
        Recipe replay = recorded().withOverrides(List.of(steps().get(3).name() + ".output=" + replayed));
        RecipeResult result = new RecipeRunner(replay, dir.resolve("replay-ws"), RecipeKeys.NONE).run(Progress.NONE);
        assertTrue(result.steps().stream().allMatch(s -> s.status().equals("done")), result.toString());
        assertArrayEquals(Files.readAllBytes(gui), Files.readAllBytes(replayed));
    }

    @Test
    void rolesConfirmedRightAfterTheImportAreRecordedWithIt() throws Exception {
        Path file = Files.writeString(dir.resolve("orders.csv"), "Kunde,Betrag\nk1,3\nk2,4\n");
        importFile(file);
        RoleMappingModel panel = model.roleMapping();
        assertNotNull(panel.editingProperty().get(), "the panel opened after the import");
        panel.rows().stream().filter(r -> r.role() == SemanticRole.CUSTOMER_ID).findFirst().orElseThrow()
                .column().set("Kunde");
        panel.apply();
        assertEquals(List.of(StepKind.IMPORT), steps().stream().map(RecipeStep::kind).toList());
        assertTrue(steps().getFirst().text("roles", "").contains("customer_id=Kunde"), steps().getFirst().toString());
        model.cleaning().add(new DropDuplicates(List.of()));
        assertEquals(steps().getFirst().name(), steps().get(1).text("input", null));
        assertEquals(List.of(), new RecipeValidator(recorded(), workspace.directory(), RecipeKeys.NONE).validate());
    }

    @Test
    void aRoleEditAfterACleaningStepIsARolesStepThatLaterStepsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("orders.csv"), "Kunde,Betrag\nk1,3\nk1,3\nk2,4\n");
        importFile(file);
        model.roleMapping().apply();
        model.cleaning().add(new DropDuplicates(List.of()));
        RoleMappingModel panel = model.roleMapping();
        for (String column : List.of("Kunde", "Betrag")) { // a second edit in a row replaces the first
            assertTrue(panel.openForLoaded());
            panel.rows().stream().filter(r -> r.role() == SemanticRole.CUSTOMER_ID).findFirst().orElseThrow()
                    .column().set(column);
            panel.apply();
        }
        assertEquals(List.of(StepKind.IMPORT, StepKind.CLEAN, StepKind.ROLES),
                steps().stream().map(RecipeStep::kind).toList());
        RecipeStep roles = steps().get(2);
        assertEquals(steps().get(1).name(), roles.text("input", null), "the edit follows the cleaning step");
        assertEquals("Betrag", roles.get("roles").get("customer_id").asText());
        assertEquals(roles.name(), session.recipe().loadedTableStep(), "published as the loaded table's step");
        Path gui = dir.resolve("gui.csv");
        dialogs.nextFile = gui;
        model.export().export();
        assertEquals(roles.name(), steps().getLast().text("input", null));

        Path replayed = dir.resolve("replayed.csv");
        Recipe replay = recorded().withOverrides(List.of(steps().getLast().name() + ".output=" + replayed));
        assertEquals(List.of(), new RecipeValidator(replay, workspace.directory(), RecipeKeys.NONE).validate());
        RecipeResult result = new RecipeRunner(replay, dir.resolve("replay-ws"), RecipeKeys.NONE).run(Progress.NONE);
        assertEquals("customer_id=Betrag", result.steps().get(2).details().get("roles"));
        assertArrayEquals(Files.readAllBytes(gui), Files.readAllBytes(replayed));
    }

    @Test
    void undoRemovesTheStepJustRecordedAndAReopenedDatasetIsRecordedWithItsSavedSteps() throws Exception {
        Path file = Files.writeString(dir.resolve("people.csv"), "name,city\nAnn,Berlin\nAnn,Berlin\nBo,Rome\n");
        importFile(file);
        model.cleaning().add(new DropDuplicates(List.of()));
        model.cleaning().undo();
        assertEquals(List.of(StepKind.IMPORT), steps().stream().map(RecipeStep::kind).toList());
        model.cleaning().add(new DropDuplicates(List.of("city")));

        // Another window (a fresh recipe) opens the dataset: browsing records nothing, the first action does.
        WorkspaceSession other = new WorkspaceSession();
        other.setWorkspace(workspace);
        DataViewModel reopened = new DataViewModel(other, TaskExecutor.sameThread(), dialogs, status -> { });
        reopened.datasetList().select("people.csv");
        reopened.loadSelected();
        assertEquals(2, reopened.tableProperty().get().rowCount(), "the saved step is re-applied");
        assertTrue(other.recipe().isEmpty());
        reopened.cleaning().add(new NormaliseText("name", true, true, NormaliseText.TextCase.LOWER));
        List<RecipeStep> recorded = other.recipe().steps();
        assertEquals(List.of(StepKind.IMPORT, StepKind.CLEAN, StepKind.CLEAN),
                recorded.stream().map(RecipeStep::kind).toList());
        assertEquals("drop-duplicates", recorded.get(1).get("steps").get(0).get("step").asText());
        assertEquals(List.of(), new RecipeValidator(other.recipe().toRecipe("r", dir), workspace.directory(),
                RecipeKeys.NONE).validate());
    }

    @Test
    void aJoinRecordsBothSidesAndIsValid() throws Exception {
        Path samples = SampleCsvFiles.write(dir.resolve("samples"), 30);
        for (String name : List.of("customers.csv", "transactions.csv")) {
            workspace.registerDataset(name, samples.resolve(name), "csv");
        }
        model.refresh();
        model.datasetList().select("transactions.csv");
        model.loadSelected();
        JoinModel join = model.join();
        join.prepare();
        join.leftKeyProperty().set("customer_id");
        join.rightProperty().set(join.others().stream().filter(d -> d.name().equals("customers.csv")).findFirst()
                .orElseThrow());
        join.typeProperty().set(JoinType.LEFT);
        join.join();
        assertEquals(List.of(), dialogs.shown);

        List<StepKind> kinds = new ArrayList<>(steps().stream().map(RecipeStep::kind).toList());
        assertEquals(List.of(StepKind.IMPORT, StepKind.IMPORT, StepKind.JOIN), kinds);
        RecipeStep joined = steps().get(2);
        assertEquals(steps().get(0).name(), joined.text("left", null));
        assertEquals(steps().get(1).name(), joined.text("right", null));
        assertEquals("customer_id", joined.get("on").get(0).asText());
        assertEquals("left", joined.text("how", null));
        assertEquals(List.of(), new RecipeValidator(recorded(), workspace.directory(), RecipeKeys.NONE).validate());
    }
}
