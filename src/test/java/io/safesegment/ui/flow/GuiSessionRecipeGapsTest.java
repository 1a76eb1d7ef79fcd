package io.safesegment.ui.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.cli.SafeSegmentCli;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.clean.NormaliseText;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.data.DataViewModel;
import io.safesegment.ui.data.RoleMappingModel;
import io.safesegment.ui.keys.KeysViewModel;
import io.safesegment.ui.keys.RecipientEncryptViewModel;
import io.safesegment.ui.keys.UnlockViewModel;
import io.safesegment.ui.keys.VaultSession;
import io.safesegment.ui.recommend.PreviewState;
import io.safesegment.ui.recommend.RecommendationsViewModel;
import io.safesegment.ui.segment.SegmentsViewModel;
import io.safesegment.ui.segment.SourceViewModel.SourceKind;
import io.safesegment.ui.shell.RecordingDialogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14 item 3, the last gaps: a desktop session that edits roles after cleaning (a {@code roles} step), segments
 * the Data section's cleaned table (the step that made it, not its import), exports the assignments (the segment
 * step's output), previews recommendations with changed hyper-parameters ({@code parameters}) and encrypts the
 * exported assignments for a recipient with a signed manifest in the Keys window (an {@code encrypt} step) replays
 * through the real CLI into a second workspace to the same assignments, the same top-N and a ciphertext that
 * decrypts to the same file. Same-thread executor, no JavaFX toolkit.
 */
class GuiSessionRecipeGapsTest {
    private static final Path SAMPLES = Path.of("sample-datasets");
    private static final String PASSWORD = "a long master password 42";
    private static final int CUSTOMERS = 600;

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** The first {@link #CUSTOMERS} sample customers and their transactions (a quicker session). */
    private Path subset() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        List<String> customers = Files.readAllLines(SAMPLES.resolve("customers.csv")).subList(0, CUSTOMERS + 1);
        Files.write(data.resolve("customers.csv"), customers);
        Set<String> ids = new HashSet<>();
        customers.stream().skip(1).forEach(l -> ids.add(l.substring(0, l.indexOf(','))));
        List<String> tx = Files.readAllLines(SAMPLES.resolve("transactions.csv"));
        List<String> kept = new java.util.ArrayList<>(List.of(tx.getFirst()));
        tx.stream().skip(1).filter(l -> ids.contains(l.split(",", 3)[1])).forEach(kept::add);
        Files.write(data.resolve("transactions.csv"), kept);
        Files.copy(SAMPLES.resolve("products.csv"), data.resolve("products.csv"));
        return data;
    }

    @Test
    void rolesCleanedTableAssignmentsHyperParametersAndRecipientEncryptionReplayThroughTheCli() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        Path data = subset();
        Workspace workspace = Workspace.open(dir.resolve("ws1"));
        workspace.registerDataset("transactions.csv", data.resolve("transactions.csv"), "csv");
        workspace.registerDataset("products.csv", data.resolve("products.csv"), "csv");
        WorkspaceSession session = new WorkspaceSession();
        session.setWorkspace(workspace);
        TaskExecutor tasks = TaskExecutor.sameThread();
        DataViewModel dataSection = new DataViewModel(session, tasks, dialogs, s -> { });
        SegmentsViewModel segments = new SegmentsViewModel(session, dataSection.tableProperty(), tasks, dialogs,
                s -> { });
        RecommendationsViewModel recommend = new RecommendationsViewModel(session, tasks, dialogs, s -> { });
        VaultSession vaults = new VaultSession(session);
        KeysViewModel keys = new KeysViewModel(session, vaults, new UnlockViewModel(session, vaults, tasks,
                new Argon2Params(256, 1, 1)), tasks, dialogs, s -> { });

        // Data: import, one cleaning step, then a role edit after the cleaning step used the import.
        dataSection.datasetList().beginImport(data.resolve("customers.csv"));
        dataSection.datasetList().confirmImport(dataSection.datasetList().pendingImportProperty().get());
        RoleMappingModel panel = dataSection.roleMapping();
        panel.apply(); // the panel opened after the import: the suggested roles are recorded with the import
        dataSection.cleaning().add(new NormaliseText("city", true, true, NormaliseText.TextCase.UPPER));
        assertTrue(panel.openForLoaded());
        panel.rows().stream().filter(r -> r.role() == SemanticRole.BIRTH_DATE).findFirst().orElseThrow()
                .column().set(null);
        panel.apply();
        assertEquals(List.of(), dialogs.shown);

        // Segments: k-means on the Data section's (cleaned) table, assignments exported.
        Path guiAssignments = dir.resolve("gui-assignments.csv");
        segments.setActive(true);
        segments.source().sourceProperty().set(SourceKind.LOADED);
        segments.source().loadSource();
        segments.settings().kProperty().set(4);
        segments.settings().seedProperty().set(3);
        segments.run();
        assertNotNull(segments.runProperty().get(), dialogs.shown.toString());
        dialogs.nextFile = guiAssignments;
        segments.exportAssignments();

        // Recommendations: item-kNN with 3 neighbours, top-5 for one customer.
        recommend.setActive(true);
        recommend.settings().seedProperty().set(21);
        recommend.settings().neighboursProperty().set(3);
        recommend.dataPane().buildInteractions();
        recommend.settings().select(List.of("itemknn"));
        recommend.modelsPane().train();
        PreviewState preview = recommend.preview();
        preview.modelAProperty().set("itemknn");
        preview.nProperty().set(5);
        preview.targetProperty().set(PreviewState.Target.CUSTOMER);
        preview.customerProperty().set("C0000007");
        recommend.previewPane().runPreview();
        List<String> guiTopN = preview.itemsA().stream().map(RecommendedItem::itemId).toList();
        assertEquals(5, guiTopN.size(), dialogs.shown.toString());

        // Keys window: encrypt the exported assignments to the workspace's own OpenPGP key, signed manifest.
        keys.unlock().prepare();
        keys.unlock().submit(PASSWORD.toCharArray(), PASSWORD.toCharArray());
        assertTrue(vaults.isUnlocked(), dialogs.shown.toString());
        keys.pgpKey().generateWorkspacePgpKey();
        Path asc = dir.resolve("recipient.asc");
        keys.pgpKey().exportPublicKey(asc);
        RecipientEncryptViewModel encrypt = keys.recipientEncrypt();
        encrypt.loadRecipient(asc);
        encrypt.encryptForRecipient(guiAssignments, "none");
        assertTrue(encrypt.verifyOkProperty().get(), encrypt.verifyResultProperty().get());
        vaults.lock();

        List<RecipeStep> steps = session.recipe().steps();
        List<StepKind> kinds = steps.stream().map(RecipeStep::kind).toList();
        assertEquals(List.of(StepKind.IMPORT, StepKind.CLEAN, StepKind.ROLES, StepKind.IMPORT, StepKind.IMPORT,
                StepKind.SEGMENT, StepKind.RFM, StepKind.RECOMMEND, StepKind.ENCRYPT), kinds);
        RecipeStep roles = steps.get(2);
        assertEquals(steps.get(1).name(), roles.text("input", null), "the role edit follows the cleaning step");
        assertFalse(roles.get("roles").has("birth_date"), roles.toString());
        assertTrue(roles.get("roles").has("customer_id"), "the whole mapping is recorded: " + roles);
        RecipeStep segment = steps.get(5);
        assertEquals(roles.name(), segment.text("customers", null),
                "Segments reads the table the Data section made (cleaned, roles edited), not its import");
        assertEquals(guiAssignments.toAbsolutePath().toString(), segment.text("output", null));
        RecipeStep recommendStep = steps.get(7);
        assertEquals(3, recommendStep.get("parameters").get("itemKnn").get("neighbours").asInt());
        RecipeStep encryptStep = steps.get(8);
        assertEquals(segment.name(), encryptStep.text("input", null), "encrypts the replay's own assignments");
        assertEquals(RecipientEncryptViewModel.SIGNING_KEY, encryptStep.get("sign").get("vaultKey").asText());

        Path recipeFile = dir.resolve("gaps.recipe.json");
        session.recipe().save("gaps", recipeFile);
        assertFalse(Files.readString(recipeFile).contains(PASSWORD), "no password in the recipe");
        Path ws2 = Files.createDirectories(dir.resolve("ws2"));
        Files.copy(workspace.directory().resolve(KeyVault.FILE_NAME), ws2.resolve(KeyVault.FILE_NAME));
        Path passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD);
        Path cliAssignments = dir.resolve("cli-assignments.csv");
        Path cliEncrypted = dir.resolve("cli-assignments.csv.pgp");
        Path cliManifest = dir.resolve("cli-assignments.manifest.json");
        String[] args = {"run", recipeFile.toString(), "--workspace", ws2.toString(), "--json",
            "--password-file", passwordFile.toString(),
            "--set", segment.name() + ".output=" + cliAssignments,
            "--set", encryptStep.name() + ".output=" + cliEncrypted,
            "--set", encryptStep.name() + ".manifest=" + cliManifest};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SafeSegmentCli.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        assertEquals(0, exit, err + "\n" + out);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        for (JsonNode step : report.get("steps")) {
            assertEquals("done", step.get("status").asText(), step.toString());
        }

        assertEquals(Files.readString(guiAssignments), Files.readString(cliAssignments), "same assignments");
        Path list = Path.of(report.get("steps").get(7).get("outputs").get(recommendStep.name()).asText());
        assertEquals(guiTopN, Files.readAllLines(list).stream().skip(1).filter(l -> l.startsWith("C0000007,"))
                .map(l -> l.split(",")[2]).toList(), "same top-N with the recorded neighbours");
        try (KeyVault vault = KeyVault.open(ws2, PASSWORD.toCharArray())) {
            VaultKey pgp = vault.newestOf(KeyPurpose.OPENPGP).map(k -> vault.current(k.name())).orElseThrow();
            Path decrypted = dir.resolve("decrypted.csv");
            try {
                CryptoService.pgpDecrypt(cliEncrypted, decrypted, pgp, Progress.NONE);
            } finally {
                pgp.wipe();
            }
            assertArrayEquals(Files.readAllBytes(guiAssignments), Files.readAllBytes(decrypted),
                    "the replayed ciphertext decrypts to the assignments the GUI encrypted");
            List<byte[]> trusted = vault.list().stream().filter(i -> i.purpose() == KeyPurpose.SIGNING_ED25519)
                    .map(i -> {
                        VaultKey k = vault.version(i.name(), i.version());
                        k.wipe();
                        return k.publicMaterial();
                    }).toList();
            assertTrue(CryptoService.verifyPinned(cliManifest, trusted, Progress.NONE).valid(),
                    "the replayed manifest is signed by the recorded vault key");
        }
    }
}
