package io.safesegment.ui.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.cli.SafeSegmentCli;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.clean.NormaliseText;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.data.DataViewModel;
import io.safesegment.ui.privacy.ColumnRow;
import io.safesegment.ui.privacy.Debouncer;
import io.safesegment.ui.privacy.ExportViewModel;
import io.safesegment.ui.privacy.PrivacyViewModel;
import io.safesegment.ui.recommend.PreviewState;
import io.safesegment.ui.recommend.RecommendationsViewModel;
import io.safesegment.ui.segment.SegmentsViewModel;
import io.safesegment.ui.shell.RecordingDialogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Issue #14 item 4: a desktop session recorded across the sections (Data: import + two cleaning steps → Privacy:
 * keyed pseudonyms and randomised encryption, masked export → Segments: k-means on the masked dataset → Recommendations:
 * top-N for an RFM segment and for one customer), its recipe saved with {@code SessionRecipe.save} and replayed by
 * the real CLI ({@code safesegment run … --json}) into a second workspace holding a copy of the same key vault. The
 * ViewModels run on a same-thread executor without the JavaFX toolkit, wired as {@code AppContext.create} wires them.
 */
class GuiSessionCliReplayTest {
    private static final Path SAMPLES = Path.of("sample-datasets");
    private static final String PASSWORD = "replay-pw";
    private static final long SEGMENT_SEED = 7;
    private static final long RECOMMEND_SEED = 99;
    private static final String ENCRYPTED = "email";

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void aRecordedGuiSessionReplaysThroughTheCliToTheSameOutputs() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String name : List.of("customers.csv", "transactions.csv", "products.csv")) {
            Files.copy(SAMPLES.resolve(name), data.resolve(name));
        }
        Workspace workspace = Workspace.open(dir.resolve("ws1"));
        workspace.registerDataset("transactions.csv", data.resolve("transactions.csv"), "csv");
        workspace.registerDataset("products.csv", data.resolve("products.csv"), "csv");
        WorkspaceSession session = new WorkspaceSession();
        session.setWorkspace(workspace);
        TaskExecutor tasks = TaskExecutor.sameThread();
        SimpleObjectProperty<KeyVault> unlocked = new SimpleObjectProperty<>();
        DataViewModel dataSection = new DataViewModel(session, tasks, dialogs, s -> { });
        PrivacyViewModel privacy = new PrivacyViewModel(session, dataSection.tableProperty(), tasks, dialogs,
                s -> { }, () -> { }, Debouncer.immediate(), unlocked);
        SegmentsViewModel segments = new SegmentsViewModel(session, dataSection.tableProperty(), tasks, dialogs,
                s -> { });
        RecommendationsViewModel recommend = new RecommendationsViewModel(session, tasks, dialogs, s -> { });

        Path guiMasked = dir.resolve("gui-customers-masked.csv");
        Path guiAssignments = dir.resolve("gui-assignments.csv");
        String segment;
        String customer;
        List<String> guiTopN;
        try (KeyVault vault = KeyVault.create(workspace.directory(), PASSWORD.toCharArray(),
                new Argon2Params(256, 1, 1))) {
            unlocked.set(vault);

            // Data: import the customers, then two cleaning steps.
            dataSection.datasetList().beginImport(data.resolve("customers.csv"));
            dataSection.datasetList().confirmImport(dataSection.datasetList().pendingImportProperty().get());
            dataSection.cleaning().add(new DropDuplicates(List.of()));
            dataSection.cleaning().add(new NormaliseText("city", true, true, NormaliseText.TextCase.UPPER));
            assertEquals(List.of(), dialogs.shown);

            // Privacy: the suggested policy with a keyed pseudonym and a randomised encryption, exported masked.
            privacy.setActive(true);
            privacy.editor().acceptSuggested();
            row(privacy, "customer_id").operatorProperty().set("keep"); // the join key with the transactions
            row(privacy, "customer_id").roleProperty().set(ColumnRole.OTHER);
            row(privacy, "full_name").operatorProperty().set("pseudonym");
            row(privacy, "full_name").paramsProperty().set("");
            row(privacy, ENCRYPTED).operatorProperty().set("encrypt-random");
            row(privacy, ENCRYPTED).paramsProperty().set("");
            assertTrue(privacy.editor().apply(), privacy.editor().invalidReasonProperty().get());
            dialogs.nextFile = guiMasked;
            Set<String> before = datasetNames(workspace);
            privacy.export().export();
            assertEquals(ExportViewModel.ExportState.WRITTEN, privacy.export().exportStateProperty().get(),
                    privacy.export().messageProperty().get());
            String maskedDataset = datasetNames(workspace).stream().filter(n -> !before.contains(n)).findFirst()
                    .orElseThrow();

            // Segments: k-means with a fixed seed on the masked dataset.
            segments.setActive(true);
            segments.source().customersDatasetProperty().set(maskedDataset);
            segments.source().loadSource();
            segments.settings().kProperty().set(4);
            segments.settings().seedProperty().set(SEGMENT_SEED);
            segments.run();
            assertNotNull(segments.runProperty().get(), dialogs.shown.toString());
            dialogs.nextFile = guiAssignments;
            segments.exportAssignments();

            // Recommendations: top-N of one RFM segment and of one of its customers, fixed seed.
            recommend.setActive(true);
            recommend.settings().seedProperty().set(RECOMMEND_SEED);
            recommend.dataPane().buildInteractions();
            recommend.settings().select(List.of("itemknn"));
            recommend.modelsPane().train();
            PreviewState preview = recommend.preview();
            preview.modelAProperty().set("itemknn");
            preview.nProperty().set(5);
            preview.targetProperty().set(PreviewState.Target.SEGMENT);
            segment = preview.segments().getFirst();
            preview.segmentProperty().set(segment);
            recommend.previewPane().runPreview();
            assertFalse(preview.itemsA().isEmpty(), dialogs.shown.toString());
            customer = firstMemberOf(segment, data.resolve("transactions.csv"));
            preview.targetProperty().set(PreviewState.Target.CUSTOMER);
            preview.customerProperty().set(customer);
            recommend.previewPane().runPreview();
            guiTopN = preview.itemsA().stream().map(RecommendedItem::itemId).toList();
            assertEquals(5, guiTopN.size());
            assertEquals(List.of("save: Export masked dataset", "save: Export segment assignments"), dialogs.shown,
                    "only the two file choosers, no error or notice");
        }

        List<RecipeStep> steps = session.recipe().steps();
        List<StepKind> kinds = steps.stream().map(RecipeStep::kind).toList();
        assertEquals(StepKind.IMPORT, kinds.getFirst());
        for (StepKind k : List.of(StepKind.CLEAN, StepKind.MASK, StepKind.EXPORT, StepKind.SEGMENT, StepKind.RFM,
                StepKind.RECOMMEND)) {
            assertTrue(kinds.contains(k), k + " recorded: " + kinds);
        }
        RecipeStep segmentStep = only(steps, StepKind.SEGMENT);
        List<RecipeStep> recommendSteps = steps.stream().filter(s -> s.kind() == StepKind.RECOMMEND).toList();
        assertEquals(2, recommendSteps.size(), kinds.toString());
        RecipeStep exportStep = exportOf(steps, only(steps, StepKind.MASK).name());
        assertEquals(exportStep.name(), segmentStep.text("customers", null),
                "the segmentation reads the masked export, not a file of the first workspace");

        // Save the recording and replay it with the CLI into a second workspace holding the same vault keys.
        Path recipeFile = dir.resolve("session.recipe.json");
        session.recipe().save("GUI session", recipeFile);
        String saved = Files.readString(recipeFile);
        assertFalse(saved.contains(PASSWORD), "no password in the recipe");
        for (RecipeStep s : Recipe.read(recipeFile).steps()) {
            if (s.kind() == StepKind.IMPORT) {
                assertFalse(Path.of(s.text("file", "")).isAbsolute(), "inputs are relative to the recipe: " + saved);
            }
        }
        Path ws2 = Files.createDirectories(dir.resolve("ws2"));
        Files.copy(workspace.directory().resolve(KeyVault.FILE_NAME), ws2.resolve(KeyVault.FILE_NAME));
        // The mask step names its policy by id + revision: the second workspace holds the same policy store.
        Path policies = Files.createDirectories(ws2.resolve("policies"));
        try (var store = Files.list(workspace.directory().resolve("policies"))) {
            for (Path p : store.toList()) {
                Files.copy(p, policies.resolve(p.getFileName()));
            }
        }
        Path passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD);
        Path cliMasked = dir.resolve("cli-customers-masked.csv");
        Path cliAssignments = dir.resolve("cli-assignments.csv");
        String[] args = {"run", recipeFile.toString(), "--workspace", ws2.toString(), "--json",
            "--password-file", passwordFile.toString(), "--set", exportStep.name() + ".output=" + cliMasked,
            "--set", segmentStep.name() + ".output=" + cliAssignments};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SafeSegmentCli.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        assertEquals(0, exit, err + "\n" + out);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertFalse(report.get("dryRun").asBoolean());
        assertEquals(steps.size(), report.get("steps").size());
        for (JsonNode step : report.get("steps")) {
            assertEquals("done", step.get("status").asText(), step.toString());
        }

        // Masked output: equal byte for byte outside the encrypted column, whose cells decrypt to the same values.
        List<String> guiLines = Files.readAllLines(guiMasked, StandardCharsets.UTF_8);
        List<String> cliLines = Files.readAllLines(cliMasked, StandardCharsets.UTF_8);
        assertEquals(guiLines.size(), cliLines.size());
        assertEquals(guiLines.getFirst(), cliLines.getFirst(), "same header");
        int encrypted = List.of(guiLines.getFirst().split(",", -1)).indexOf(ENCRYPTED);
        assertTrue(encrypted >= 0);
        assertNotEquals(guiLines.get(1), cliLines.get(1), "randomised encryption: fresh nonces");
        for (int i = 1; i < guiLines.size(); i++) {
            assertEquals(withoutField(guiLines.get(i), encrypted), withoutField(cliLines.get(i), encrypted),
                    "line " + (i + 1));
        }
        try (KeyVault vault = KeyVault.open(ws2, PASSWORD.toCharArray())) {
            Path policy = PrivacyService.findPolicy(workspace.directory(), only(steps, StepKind.MASK)
                    .text("policyId", ""), (int) only(steps, StepKind.MASK).integer("policyRevision", 0));
            Path guiPlain = dir.resolve("gui-reidentified.csv");
            Path cliPlain = dir.resolve("cli-reidentified.csv");
            PrivacyService.reidentify(guiMasked, policy, guiPlain, PrivacyService.keysFrom(vault), Progress.NONE);
            PrivacyService.reidentify(cliMasked, policy, cliPlain, PrivacyService.keysFrom(vault), Progress.NONE);
            assertArrayEquals(Files.readAllBytes(guiPlain), Files.readAllBytes(cliPlain));
            Table original = TableImport.load(data.resolve("customers.csv"), CsvImportOptions.defaults(),
                    Progress.NONE).table();
            Table decrypted = TableImport.load(cliPlain, CsvImportOptions.defaults(), Progress.NONE).table();
            assertEquals(original.stringColumn(ENCRYPTED).getString(0), decrypted.stringColumn(ENCRYPTED).getString(0),
                    "the encrypted cells decrypt to the customers' values");
        }

        // Segments: the same customers in the same segments.
        assertEquals(guiAssignments.toAbsolutePath().toString(), segmentStep.text("output", null),
                "the export of the assignments is the segment step's output");
        assertEquals(cliAssignments.toString(), output(report, segmentStep.name()));
        assertEquals(Files.readString(guiAssignments), Files.readString(cliAssignments));

        // Recommendations: the customer's top-N in the GUI is what both replayed lists give that customer.
        assertEquals(segment, recommendSteps.getFirst().text("segment", null), "the segment preview's step");
        for (RecipeStep step : recommendSteps) {
            assertEquals(RECOMMEND_SEED, step.get("seed").asLong());
            assertEquals(guiTopN, topNOf(Path.of(output(report, step.name())), customer), step.name());
        }
    }

    private static ColumnRow row(PrivacyViewModel m, String column) {
        return m.editor().columns().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
    }

    private static Set<String> datasetNames(Workspace workspace) {
        return workspace.datasets().stream().map(Workspace.DatasetEntry::name).collect(Collectors.toSet());
    }

    private static RecipeStep only(List<RecipeStep> steps, StepKind kind) {
        List<RecipeStep> found = steps.stream().filter(s -> s.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " steps: " + steps);
        return found.getFirst();
    }

    /** The one {@code export} step that writes the output of step {@code input}. */
    private static RecipeStep exportOf(List<RecipeStep> steps, String input) {
        List<RecipeStep> found = steps.stream().filter(s -> s.kind() == StepKind.EXPORT
                && input.equals(s.text("input", null))).toList();
        assertEquals(1, found.size(), "exports of " + input + ": " + steps);
        return found.getFirst();
    }

    private static String output(JsonNode report, String step) {
        for (JsonNode s : report.get("steps")) {
            if (s.get("name").asText().equals(step)) {
                return s.get("outputs").get(step).asText();
            }
        }
        throw new AssertionError("no step " + step + " in " + report);
    }

    /** The CSV line without field {@code index} (masked values here hold no quoted commas before it). */
    private static String withoutField(String line, int index) {
        List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
        fields.remove(index);
        return String.join(",", fields);
    }

    /** A customer of RFM segment {@code segment}, scored by the core as the Recommendations section scores it. */
    private static String firstMemberOf(String segment, Path transactions) throws Exception {
        var rfm = SegmentationService.rfm(new SegmentationService.RfmRequest(transactions, RoleMapping.empty(), null,
                null), Progress.NONE);
        return rfm.customers().stream().filter(c -> c.segment().equals(segment)).findFirst().orElseThrow()
                .customerId();
    }

    /** The product ids a replayed campaign list gives {@code customer}, in rank order. */
    private static List<String> topNOf(Path campaignList, String customer) throws Exception {
        return Files.readAllLines(campaignList).stream().skip(1).filter(l -> l.startsWith(customer + ","))
                .map(l -> l.split(",")[2]).toList();
    }
}
