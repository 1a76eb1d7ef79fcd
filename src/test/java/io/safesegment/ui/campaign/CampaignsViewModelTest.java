package io.safesegment.ui.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Campaigns panes without the JavaFX toolkit, on a same-thread executor and recording dialogs. */
class CampaignsViewModelTest {
    @TempDir
    static Path samples;

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> status = new ArrayList<>();
    private final CampaignsViewModel model = new CampaignsViewModel(TaskExecutor.sameThread(), dialogs, status::add);

    @BeforeAll
    static void generate() throws Exception {
        CampaignSamples.write(samples);
    }

    @Test
    void designExportsAnAssignmentListAndResultsAreAnalysed() throws Exception {
        DesignPaneViewModel design = model.design();
        dialogs.nextFile = samples.resolve("customers.csv");
        design.chooseTarget();
        Path out = dir.resolve("assign.csv");
        dialogs.nextFile = out;
        design.seedProperty().set("7");
        design.design();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(3, design.arms().size());
        assertEquals("control", design.arms().get(0).arm());
        assertEquals(60, design.arms().get(0).customers()); // 20% of 300
        assertTrue(design.summaryProperty().get().contains("seed 7"), design.summaryProperty().get());
        assertTrue(Files.exists(out));

        ResultsPaneViewModel results = model.results();
        dialogs.nextFile = CampaignSamples.results(out, "coupon-10", dir.resolve("results.csv"));
        results.chooseResults();
        results.analyse();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(3, results.arms().size());
        assertNotNull(results.arms().get(1).pValue());
        assertTrue(results.warningsProperty().get().contains("sequential"), results.warningsProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void inTheWindowTheWorkspaceDatasetIsPreselectedAndTheWrittenListIsAudited() throws Exception {
        Path ws = dir.resolve("ws");
        var imported = io.safesegment.core.data.DatasetService.importDataset(ws, samples.resolve("customers.csv"),
                io.safesegment.core.data.dataset.DatasetImportOptions.defaults(),
                io.safesegment.core.task.Progress.NONE).dataset();
        var session = new io.safesegment.ui.common.WorkspaceSession();
        CampaignsViewModel windowed = new CampaignsViewModel(TaskExecutor.sameThread(), dialogs, status::add, session);
        assertEquals(null, windowed.design().targetProperty().get(), "no workspace yet");
        session.setWorkspace(io.safesegment.core.workspace.Workspace.open(ws));
        assertEquals(imported.file(), windowed.design().targetProperty().get());
        Path out = dir.resolve("windowed.csv");
        dialogs.nextFile = out;
        windowed.design().design();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(Files.exists(out));
        var last = io.safesegment.core.governance.AuditService.list(io.safesegment.core.workspace.Workspace.open(ws),
                io.safesegment.core.governance.AuditFilter.ALL).getLast();
        assertEquals("export", last.action());
        assertEquals("windowed.csv", last.object());
        assertEquals(imported.fingerprint(), last.fingerprint());
        assertEquals(io.safesegment.core.recipe.StepKind.CAMPAIGN, session.recipe().steps().getLast().kind(),
                "and recorded as a campaign step");
    }

    @Test
    void policiesRulesAndAnomaliesRunOnTheSharedTransactions() {
        dialogs.nextFile = samples.resolve("transactions.csv");
        model.rules().chooseTransactions();
        assertEquals(samples.resolve("transactions.csv"), model.policies().transactionsProperty().get());
        model.policies().episodesProperty().set("200");
        model.policies().simulate();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(7, model.policies().resultProperty().get().policies().size());
        model.rules().scopeProperty().set(io.safesegment.core.campaign.rules.BasketScope.CUSTOMER);
        model.rules().minSupportProperty().set("0.02");
        model.rules().minConfidenceProperty().set("0.1");
        model.rules().mine();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertFalse(model.rules().rules().isEmpty(), model.rules().summaryProperty().get());
        model.anomalies().find();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(model.anomalies().summaryProperty().get().contains("flagged"));
    }

    @Test
    void badInputIsShownNotThrown() {
        model.results().analyse(); // no file yet
        assertEquals(1, dialogs.errors.size());
        dialogs.nextFile = samples.resolve("customers.csv");
        model.design().chooseTarget();
        model.design().controlShareProperty().set("lots");
        model.design().design();
        assertEquals(2, dialogs.errors.size());
        assertTrue(dialogs.errors.get(1).getMessage().contains("lots"));
    }
}
