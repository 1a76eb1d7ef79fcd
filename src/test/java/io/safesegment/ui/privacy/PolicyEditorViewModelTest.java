package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.recipe.RecipeKeys;
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
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The policy editor, parameter form and export panes without the JavaFX toolkit: a same-thread executor and an
 * immediate debouncer, so the draft, apply, undo and redo can be checked step by step.
 */
class PolicyEditorViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<Table> source = new SimpleObjectProperty<>();
    private final List<String> statuses = new java.util.ArrayList<>();
    private WorkspaceSession session;
    private Workspace workspace;
    private Path csv;
    private PrivacyViewModel m;

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        session = new WorkspaceSession();
        workspace = Workspace.open(dir.resolve("ws"));
        csv = CustomerCsv.write(workspace.dataDirectory().resolve("customers.csv"), 60);
        workspace.registerDataset("customers.csv", csv, "csv");
        session.setWorkspace(workspace);
        m = new PrivacyViewModel(session, source, TaskExecutor.sameThread(), dialogs, statuses::add, () -> { },
                Debouncer.immediate());
        m.setActive(true);
        source.set(TableImport.load(csv, CsvImportOptions.defaults(), Progress.NONE).table().setName("customers.csv"));
        m.editor().acceptSuggested();
    }

    private ColumnRow row(String column) {
        return m.editor().columns().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
    }

    private int savedRevision() {
        return PolicyJson.read(m.policyFile()).revision();
    }

    @Test
    void browsingAndEditingChangeOnlyTheDraftAndApplySavesExactlyOneRevision() {
        int revision = savedRevision();
        MaskingPolicy applied = m.policyProperty().get();
        var review = m.review().reviewProperty().get();
        for (String op : List.of("keep", "redact", "char-mask", "truncate")) {
            row("phone").operatorProperty().set(op); // as arrow keys in the operator list do
        }
        m.editor().selectedProperty().set(row("email"));
        m.editor().selectedProperty().set(row("phone"));
        assertEquals(revision, savedRevision(), "browsing never saves");
        assertEquals(applied, m.policyProperty().get());
        assertTrue(review == m.review().reviewProperty().get(), "browsing never re-masks");
        assertTrue(m.editor().dirtyProperty().get());

        assertTrue(m.editor().apply());
        assertEquals(revision + 1, savedRevision());
        assertFalse(m.editor().dirtyProperty().get());
        assertFalse(m.editor().apply(), "nothing left to apply");
        assertEquals(revision + 1, savedRevision());
    }

    @Test
    void undoAndRedoWalkTheDraftEdits() {
        String original = row("phone").paramsProperty().get();
        row("phone").paramsProperty().set("keepFirst=2");
        row("phone").paramsProperty().set("keepFirst=3");
        m.editor().undo();
        assertEquals("keepFirst=2", row("phone").paramsProperty().get());
        m.editor().undo();
        assertEquals(original, row("phone").paramsProperty().get());
        assertFalse(m.editor().dirtyProperty().get(), "back at the applied policy");
        m.editor().redo();
        m.editor().redo();
        assertEquals("keepFirst=3", row("phone").paramsProperty().get());
        assertFalse(m.editor().canRedoProperty().get());
        row("phone").paramsProperty().set("keepFirst=4");
        assertFalse(m.editor().canRedoProperty().get(), "a new edit ends the redo history");
    }

    @Test
    void anInvalidLevelBlocksReviewAndExportAndNeverFallsBackToTheLastValidRule() throws Exception {
        row("birth_date").operatorProperty().set("generalise-date");
        row("birth_date").paramsProperty().set("level=DECADE");
        String problem = row("birth_date").problemProperty().get();
        assertTrue(problem.contains("birth_date") && problem.contains("level"), problem);
        assertTrue(m.editor().blockedReason().get().contains("DECADE"), m.editor().blockedReason().get());
        assertTrue(m.review().blockedReason().get().contains("birth_date"));
        assertFalse(m.editor().apply(), "an invalid rule is never applied");

        Path target = dir.resolve("out.csv");
        dialogs.nextFile = target;
        m.export().export();
        assertEquals(ExportViewModel.ExportState.REFUSED, m.export().exportStateProperty().get());
        assertTrue(m.export().messageProperty().get().contains("birth_date"), m.export().messageProperty().get());
        assertFalse(Files.exists(target), "nothing exported with the last valid rule");
        assertTrue(session.recipe().isEmpty(), "nothing recorded");
    }

    @Test
    void leavingWithUnappliedEditsAsksAndDiscardsOnlyWhenConfirmed() {
        row("phone").paramsProperty().set("keepFirst=2");
        dialogs.nextConfirm = false;
        m.setActive(false);
        assertTrue(m.editor().dirtyProperty().get(), "declined: the draft is kept");
        dialogs.nextConfirm = true;
        m.setActive(false);
        assertFalse(m.editor().dirtyProperty().get());
        assertEquals(List.of("confirm: Discard the unapplied policy edits?",
                "confirm: Discard the unapplied policy edits?"), dialogs.shown);
    }

    private Table second() throws Exception {
        Path other = CustomerCsv.write(workspace.dataDirectory().resolve("others.csv"), 30);
        return TableImport.load(other, CsvImportOptions.defaults(), Progress.NONE).table().setName("others.csv");
    }

    @Test
    void switchingDatasetWithUnappliedEditsAsksAndAppliesThemToThePreviousPolicyWhenConfirmed() throws Exception {
        Path customersPolicy = m.policyFile();
        int revision = savedRevision();
        row("phone").paramsProperty().set("keepFirst=2");
        dialogs.nextConfirm = true;
        source.set(second());
        assertEquals(List.of("confirm: Apply the unapplied policy edits of customers.csv?"), dialogs.shown);
        MaskingPolicy saved = PolicyJson.read(customersPolicy);
        assertEquals(revision + 1, saved.revision(), "the edit became one revision of the previous dataset");
        assertEquals("2", String.valueOf(saved.rules().stream().filter(r -> r.column().equals("phone"))
                .findFirst().orElseThrow().params().get("keepFirst")));
        assertFalse(m.editor().dirtyProperty().get(), "the new dataset starts clean");
        assertTrue(dialogs.notices.isEmpty(), dialogs.notices.toString());
    }

    @Test
    void switchingDatasetAndDecliningDiscardsTheEditsWithoutSaving() throws Exception {
        Path customersPolicy = m.policyFile();
        int revision = savedRevision();
        row("phone").paramsProperty().set("keepFirst=2");
        dialogs.nextConfirm = false;
        source.set(second());
        assertEquals(List.of("confirm: Apply the unapplied policy edits of customers.csv?"), dialogs.shown);
        assertEquals(revision, PolicyJson.read(customersPolicy).revision(), "nothing saved");
        assertFalse(m.editor().dirtyProperty().get());
    }

    @Test
    void switchingDatasetWithAnInvalidDraftCannotApplyAndSaysSoInAToast() throws Exception {
        int revision = savedRevision();
        Path customersPolicy = m.policyFile();
        row("birth_date").operatorProperty().set("generalise-date");
        row("birth_date").paramsProperty().set("level=DECADE");
        dialogs.nextConfirm = true;
        source.set(second());
        assertEquals(List.of(), dialogs.shown, "nothing to ask: an invalid rule cannot be applied");
        assertEquals(List.of("Unapplied policy edits of the previous dataset were discarded"), dialogs.notices);
        assertEquals(revision, PolicyJson.read(customersPolicy).revision());
    }

    @Test
    void theParameterFormIsTypedWithRangesAndPreviewsFiveValues() {
        m.editor().selectedProperty().set(row("phone"));
        ParamField keepFirst = m.form().fields().stream().filter(f -> f.name().equals("keepFirst")).findFirst()
                .orElseThrow();
        assertTrue(keepFirst.hint().contains("0 to 32"), keepFirst.hint());
        assertEquals(RuleFormViewModel.PREVIEW_VALUES, m.form().preview().size());
        keepFirst.textProperty().set("99");
        m.form().commit(keepFirst);
        assertTrue(keepFirst.errorProperty().get().contains("between 0 and 32"), keepFirst.errorProperty().get());
        assertFalse(m.editor().dirtyProperty().get(), "an out-of-range value is not an edit");
        keepFirst.textProperty().set("4");
        m.form().commit(keepFirst);
        assertTrue(m.editor().dirtyProperty().get());
        assertEquals(4, RuleParams.parse(row("phone").paramsProperty().get()).get("keepFirst"));
        var first = m.form().preview().getFirst();
        assertEquals(first.before().substring(0, 4), first.after().substring(0, 4));
        m.form().revert(keepFirst);
        assertEquals("4", keepFirst.textProperty().get(), "revert goes back to the draft's value");
    }

    @Test
    void aWrittenExportRecordsMaskAndExportStepsThatTheValidatorAccepts() throws Exception {
        Path target = workspace.directory().resolve("exports").resolve("customers-masked.csv");
        dialogs.nextFile = target;
        m.export().export();
        assertEquals(ExportViewModel.ExportState.WRITTEN, m.export().exportStateProperty().get(),
                m.export().messageProperty().get());
        List<RecipeStep> steps = session.recipe().steps();
        assertEquals(List.of(StepKind.IMPORT, StepKind.MASK, StepKind.EXPORT), steps.stream().map(RecipeStep::kind)
                .toList());
        MaskingPolicy applied = m.policyProperty().get();
        RecipeStep mask = steps.get(1);
        assertEquals(steps.get(0).name(), mask.fields().get("input").asText());
        assertEquals(applied.id(), mask.fields().get("policyId").asText());
        assertEquals(applied.revision(), mask.fields().get("policyRevision").asInt());
        assertEquals(mask.name(), steps.get(2).fields().get("input").asText());
        assertNull(steps.get(2).fields().get("password"));
        var recipe = session.recipe().toRecipe("session", workspace.directory());
        char[] password = "pw".toCharArray();
        try (var vault = io.safesegment.core.crypto.vault.KeyVault.create(workspace.directory(), password,
                new io.safesegment.core.crypto.Argon2Params(256, 1, 1))) {
            for (var need : io.safesegment.core.privacy.PrivacyService.requiredKeys(applied).entrySet()) {
                vault.create(need.getKey(), need.getValue());
            }
        }
        RecipeKeys keys = () -> io.safesegment.core.crypto.vault.KeyVault.open(workspace.directory(), password);
        assertEquals(List.of(), new RecipeValidator(recipe, workspace.directory(), keys).validate());
        assertEquals("Exported 60 masked rows to " + target, statuses.getLast(), "the status bar names the full path");

        // A later Apply overwrites the current policy file; the recorded revision stays replayable from the history.
        row("phone").paramsProperty().set("keepFirst=1");
        assertTrue(m.editor().apply());
        assertEquals(applied.revision() + 1, savedRevision());
        assertEquals(List.of(), new RecipeValidator(recipe, workspace.directory(), keys).validate());
    }

    @Test
    void theMaskStepReadsTheStepThatMadeTheDataSectionsLoadedTable() throws Exception {
        // As the Data section does after a role edit or a PostgreSQL fetch: it tells the recipe which step made its
        // table, and the masked export must read that step rather than the last import.
        String imported = session.recipe().append(StepKind.IMPORT, "import", io.safesegment.core.recipe.SessionRecipe
                .fields().put("file", workspace.directory().resolve("customers.csv").toString())).name();
        String roles = session.recipe().append(StepKind.ROLES, "roles", io.safesegment.core.recipe.SessionRecipe
                .fields().put("input", imported)).name();
        session.recipe().publishLoadedTable(() -> roles);
        dialogs.nextFile = workspace.directory().resolve("exports").resolve("published.csv");
        m.export().export();
        assertEquals(ExportViewModel.ExportState.WRITTEN, m.export().exportStateProperty().get(),
                m.export().messageProperty().get());
        RecipeStep mask = session.recipe().steps().stream().filter(st -> st.kind() == StepKind.MASK).findFirst()
                .orElseThrow();
        assertEquals(roles, mask.fields().get("input").asText());
    }
}
