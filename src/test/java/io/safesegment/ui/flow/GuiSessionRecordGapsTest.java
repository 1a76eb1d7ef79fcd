package io.safesegment.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.cli.SafeSegmentCli;
import io.safesegment.core.governance.Role;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.campaign.CampaignsViewModel;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.governance.GovernanceViewModel;
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
 * Issue #14, the remaining recording gaps: a desktop session that renames a segment and exports the profiles and the
 * assignments (the {@code segment} step's {@code profiles}, {@code output} and {@code segmentNames}), splits the
 * renamed segment into a campaign (a {@code campaign} step reading that step's output), tunes item-kNN before a
 * preview (the chosen values in {@code parameters}, the search in {@code tuning}) and backs up the workspace (a
 * {@code backup} step without its password) replays through {@code safesegment run --json} into a second workspace
 * to byte-identical profiles, assignments and assignment list, the same top-N without re-tuning, and a backup that
 * restores. Same-thread executor, no JavaFX toolkit.
 */
class GuiSessionRecordGapsTest {
    private static final Path SAMPLES = Path.of("sample-datasets");
    private static final int CUSTOMERS = 500;

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

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
    void profilesRenamesCampaignTuningAndBackupReplayThroughTheCli() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        Path data = subset();
        Workspace workspace = Workspace.open(dir.resolve("ws1"));
        workspace.registerDataset("customers.csv", data.resolve("customers.csv"), "csv");
        workspace.registerDataset("transactions.csv", data.resolve("transactions.csv"), "csv");
        workspace.registerDataset("products.csv", data.resolve("products.csv"), "csv");
        WorkspaceSession session = new WorkspaceSession();
        session.setWorkspace(workspace);
        TaskExecutor tasks = TaskExecutor.sameThread();
        SegmentsViewModel segments = new SegmentsViewModel(session, new javafx.beans.property.SimpleObjectProperty<>(),
                tasks, dialogs, s -> { });
        RecommendationsViewModel recommend = new RecommendationsViewModel(session, tasks, dialogs, s -> { });
        CampaignsViewModel campaigns = new CampaignsViewModel(tasks, dialogs, s -> { }, session.recipe());
        GovernanceViewModel governance = new GovernanceViewModel(session, tasks, dialogs);

        // Segments: k-means on the workspace files, segment 1 renamed, profiles and assignments exported.
        segments.setActive(true);
        segments.source().sourceProperty().set(SourceKind.WORKSPACE);
        segments.source().loadSource();
        segments.settings().kProperty().set(3);
        segments.settings().seedProperty().set(5);
        segments.run();
        assertNotNull(segments.runProperty().get(), dialogs.shown.toString());
        segments.profiles().profiles().getFirst().nameProperty().set("Loyal regulars");
        assertEquals("Loyal regulars", segments.runProperty().get().segmentNames().getFirst());
        Path guiProfiles = dir.resolve("gui-profiles.csv");
        dialogs.nextFile = guiProfiles;
        segments.profiles().exportProfiles();
        Path guiAssignments = dir.resolve("gui-assignments.csv");
        dialogs.nextFile = guiAssignments;
        segments.exportAssignments();
        assertTrue(Files.readString(guiAssignments).contains("Loyal regulars"));

        // Campaigns: the renamed segment of the exported assignments split into control and two offers.
        Path guiList = dir.resolve("gui-campaign.csv");
        campaigns.design().targetProperty().set(guiAssignments);
        campaigns.design().whereProperty().set("segment_name=Loyal regulars");
        campaigns.design().offersProperty().set("coupon-10,free-shipping");
        campaigns.design().seedProperty().set("11");
        dialogs.nextFile = guiList;
        campaigns.design().design();
        assertTrue(Files.isRegularFile(guiList), dialogs.shown.toString());

        // Recommendations: Tune item-kNN, train with the chosen values, top-5 for one customer.
        recommend.setActive(true);
        recommend.settings().seedProperty().set(9);
        recommend.dataPane().buildInteractions();
        recommend.settings().select(List.of("itemknn"));
        recommend.modelsPane().tune();
        assertNotNull(recommend.modelsPane().tuned(), dialogs.shown.toString());
        recommend.modelsPane().train();
        PreviewState preview = recommend.preview();
        preview.modelAProperty().set("itemknn");
        preview.nProperty().set(5);
        preview.targetProperty().set(PreviewState.Target.CUSTOMER);
        preview.customerProperty().set("C0000007");
        recommend.previewPane().runPreview();
        List<String> guiTopN = preview.itemsA().stream().map(RecommendedItem::itemId).toList();
        assertEquals(5, guiTopN.size(), dialogs.shown.toString());

        // Governance: an Administrator's backup.
        governance.roleProperty().set(Role.ADMINISTRATOR);
        Path guiBackup = dir.resolve("gui.ssbackup");
        dialogs.nextFile = guiBackup;
        dialogs.nextPassword = "the backup password of this test";
        governance.stewardship().backup();
        assertTrue(Files.isRegularFile(guiBackup), dialogs.shown.toString());
        assertEquals(List.of(), dialogs.errors);

        List<RecipeStep> steps = session.recipe().steps();
        assertEquals(List.of(StepKind.IMPORT, StepKind.IMPORT, StepKind.IMPORT, StepKind.SEGMENT, StepKind.CAMPAIGN,
                StepKind.RFM, StepKind.RECOMMEND, StepKind.BACKUP), steps.stream().map(RecipeStep::kind).toList(),
                steps.toString());
        RecipeStep segment = steps.get(3);
        assertEquals(guiProfiles.toAbsolutePath().toString(), segment.text("profiles", null));
        assertEquals(guiAssignments.toAbsolutePath().toString(), segment.text("output", null));
        assertEquals("Loyal regulars", segment.get("segmentNames").get(0).asText());
        RecipeStep campaign = steps.get(4);
        assertEquals(segment.name(), campaign.text("target", null), "the campaign reads the replay's assignments");
        assertEquals(11, campaign.integer("seed", 0));
        RecipeStep recommendStep = steps.get(6);
        JsonNode tuning = recommendStep.get("tuning");
        assertNotNull(tuning, recommendStep.toString());
        assertEquals("itemknn", tuning.get("models").get(0).get("model").asText().toLowerCase(Locale.ROOT));
        assertEquals(9, tuning.get("seed").asInt());
        assertEquals(tuning.get("models").get(0).get("chosen").get("neighbours").asInt(),
                recommendStep.get("parameters").get("itemKnn").get("neighbours").asInt(),
                "the chosen value is what the replay fits");

        Path recipeFile = dir.resolve("record-gaps.recipe.json");
        session.recipe().save("record gaps", recipeFile);
        assertFalse(Files.readString(recipeFile).contains("the backup password"), "no password in the recipe");
        Workspace ws2 = Workspace.open(dir.resolve("ws2"));
        Path cliProfiles = dir.resolve("cli-profiles.csv");
        Path cliAssignments = dir.resolve("cli-assignments.csv");
        Path cliList = dir.resolve("cli-campaign.csv");
        Path cliBackup = dir.resolve("cli.ssbackup");
        Path backupPassword = Files.writeString(dir.resolve("backup-pw.txt"), "the backup password of this test\n");
        String[] args = {"run", recipeFile.toString(), "--workspace", ws2.directory().toString(), "--json",
            "--role", "admin", "--backup-password-file", backupPassword.toString(),
            "--set", segment.name() + ".output=" + cliAssignments,
            "--set", segment.name() + ".profiles=" + cliProfiles,
            "--set", campaign.name() + ".output=" + cliList,
            "--set", steps.get(7).name() + ".output=" + cliBackup};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SafeSegmentCli.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        assertEquals(0, exit, err + "\n" + out);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        for (JsonNode step : report.get("steps")) {
            assertEquals("done", step.get("status").asText(), step.toString());
        }

        assertEquals(Files.readString(guiProfiles), Files.readString(cliProfiles), "same profiles, renamed");
        assertEquals(Files.readString(guiAssignments), Files.readString(cliAssignments), "same assignments");
        assertEquals(Files.readString(guiList), Files.readString(cliList), "same campaign split");
        Path list = Path.of(report.get("steps").get(6).get("outputs").get(recommendStep.name()).asText());
        assertEquals(guiTopN, Files.readAllLines(list).stream().skip(1).filter(l -> l.startsWith("C0000007,"))
                .map(l -> l.split(",")[2]).toList(), "same top-N with the tuned values, without re-tuning");
        StringWriter restoreErr = new StringWriter();
        int restored = SafeSegmentCli.newCommandLine(new PrintWriter(new StringWriter(), true),
                new PrintWriter(restoreErr, true)).execute("backup", "restore", "--workspace",
                dir.resolve("restored").toString(), "--in", cliBackup.toString(), "--role", "admin",
                "--password-file", backupPassword.toString());
        assertEquals(0, restored, restoreErr.toString());
    }
}
