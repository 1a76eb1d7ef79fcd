package io.safesegment.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.AuditVerification;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.shell.GuiFixture;
import io.safesegment.ui.shell.Section;
import io.safesegment.ui.shell.demo.DemoFiles;
import io.safesegment.ui.shell.demo.DemoStep;
import io.safesegment.ui.shell.demo.DemoViewModel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.Table;

/**
 * Issue #21 item 4: the guided demo driven through the real window — Help › Start demo, then the panel's Next
 * button (and the role panel's Apply) for every step — and its outputs checked on disk: the masked file passes the
 * leak scan, the signed manifest verifies over the export and the release report, the segment assignments and the
 * campaign list exist, the approval was decided by someone else than its requester, and the audit chain verifies.
 * Each step's window is saved to {@code target/tour/}; with {@code -Dsafesegment.tour.docs=true} also to
 * {@code docs/tour/} (the README's Tour).
 */
@ExtendWith(ApplicationExtension.class)
class GuidedDemoTourTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path SHOTS = BASE.resolve("target").resolve("tour");
    private static final Path DOCS = BASE.resolve("docs").resolve("tour");
    /** The steps the README's Tour shows (a handful of ~1280×820 PNGs). */
    private static final Set<String> IN_README = Set.of("01-load", "05-anonymise", "06-approve", "07-segment",
            "08-recommend", "09-sign");
    private static final Duration LONG = Duration.ofSeconds(300);

    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = GuiFixture.start(home, stage, folder -> {
            SampleDataGenerator.generate(new SampleDataOptions(folder, 400, 60, 8, 7L), Progress.NONE);
            return folder;
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theDemoTellsTheWholeStoryThroughTheRealWindow(FxRobot robot) throws Exception {
        app.awaitIdle(LONG);
        robot.interact(() -> { // the size of a first start
            Stage stage = app.window.stage();
            Scene scene = app.window.scene();
            stage.setWidth(1280 + stage.getWidth() - scene.getWidth());
            stage.setHeight(820 + stage.getHeight() - scene.getHeight());
        });
        DemoViewModel demo = app.context.demo();

        robot.interact(() -> menuItem("demoItem").fire());
        awaitStep(robot, demo, DemoStep.LOAD);
        assertTrue(robot.lookup("#demoPanel").query().isVisible(), "the panel is docked");
        screenshot(robot, "01-load");

        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(LONG.toSeconds(), TimeUnit.SECONDS,
                () -> robot.lookup("#rolesApplyButton").tryQuery().isPresent());
        robot.clickOn("#rolesApplyButton");
        awaitStep(robot, demo, DemoStep.ROLES);
        screenshot(robot, "02-roles");

        String[] names = {"03-detect", "04-policy", "05-anonymise", "06-approve", "07-segment", "08-recommend",
            "09-sign"};
        for (int i = 0; i < names.length; i++) {
            robot.clickOn("#nextButton");
            awaitStep(robot, demo, DemoStep.values()[i + 2]);
            screenshot(robot, names[i]);
        }
        assertTrue(demo.finished().get(), "the last step ends the story");
        assertEquals(Section.GOVERNANCE, app.context.shell().sectionProperty().get());
        assertEquals(List.of(), app.dialogs.errors, app.dialogs.shown.toString());

        // Back shows the previous step again without undoing anything.
        robot.clickOn("#backButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DemoStep.RECOMMEND, demo.stepProperty().get());
        assertEquals(Section.RECOMMENDATIONS, app.context.shell().sectionProperty().get());

        // Presenter mode: larger fonts through the window root's style class.
        robot.clickOn("#presenterButton");
        assertTrue(app.window.scene().getRoot().getStyleClass().contains("presenter"));
        screenshot(robot, "10-presenter");
        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN); // a presenter's clicker
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DemoStep.SIGN, demo.stepProperty().get());
        robot.type(javafx.scene.input.KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DemoStep.RECOMMEND, demo.stepProperty().get());
        robot.clickOn("#presenterButton");
        assertFalse(app.window.scene().getRoot().getStyleClass().contains("presenter"));

        checkOutputs();

        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#demoPanel").tryQuery().isEmpty(), "closed");
    }

    /** The files the story left in the workspace, checked with the core's own checkers. */
    private void checkOutputs() throws Exception {
        Workspace ws = app.context.session().workspace();
        DemoFiles files = DemoFiles.in(ws.directory());

        // The masked customers pass the leak scan against the originals, under the exported policy.
        MaskingPolicy policy = app.context.privacy().policyProperty().get();
        Table original = load(ws.directory().resolve("data").resolve("customers.csv"));
        Table masked = load(files.masked());
        Set<String> keyed = policy.rules().stream().filter(r -> r.operator().startsWith("pseudonym")
                || r.operator().startsWith("encrypt")).map(MaskingRule::column).collect(Collectors.toSet());
        LeakReport leaks = LeakScanner.scan(original, masked, policy.roles(), keyed, Progress.NONE);
        assertFalse(leaks.blocked(), leaks.summary());
        assertFalse(masked.columnNames().contains("full_name") && masked.stringColumn("full_name").getString(0)
                .equals(original.stringColumn("full_name").getString(0)), "names do not leave in clear text");

        // The approval: asked by the demo analyst, decided by the acting Privacy Officer (four eyes).
        List<Approval> approved = ApprovalService.list(ws, ApprovalStatus.APPROVED);
        assertEquals(1, approved.size());
        assertEquals("demo-analyst", approved.getFirst().requestedBy());
        assertNotEquals(approved.getFirst().requestedBy(), approved.getFirst().decidedBy());
        assertEquals(policy.revision(), approved.getFirst().policyRevision());

        // The signed manifest covers the export and the release report, under that approval.
        KeyVault vault = app.context.vaults().vault().orElseThrow();
        List<byte[]> signers = CryptoService.auditSigningKeys(vault);
        ManifestVerifier.Report report = CryptoService.verifyPinned(files.manifest(), signers, Progress.NONE);
        assertTrue(report.valid(), report.toString());
        assertEquals(approved.getFirst().id(), report.approvalId());
        assertEquals(files.report().getFileName().toString(), report.report());
        assertTrue(Files.readString(files.report()).contains(files.masked().getFileName().toString()));

        // Segment assignments and the campaign list, one line per customer / recommendation.
        List<String> assignments = Files.readAllLines(files.assignments());
        assertTrue(assignments.size() > 100, "assignments: " + assignments.size());
        List<String> campaign = Files.readAllLines(files.campaignList());
        assertTrue(campaign.size() > 1, "campaign list: " + campaign.size());
        assertNotNull(app.context.segments().runProperty().get());

        // The audit trail holds the whole story and its chain verifies.
        AuditVerification audit = AuditService.verify(ws, signers);
        assertTrue(audit.valid(), audit.toString());
        assertTrue(audit.entries() >= 6, audit.toString());
        assertNull(audit.firstBrokenSequence());
    }

    private static Table load(Path csv) throws Exception {
        return TableImport.load(csv, CsvImportOptions.defaults(), Progress.NONE).table();
    }

    /** Waits until {@code step} is shown and its work is over, and checks it did not fail. */
    private void awaitStep(FxRobot robot, DemoViewModel demo, DemoStep step) throws Exception {
        WaitForAsyncUtils.waitFor(LONG.toSeconds(), TimeUnit.SECONDS,
                () -> demo.stepProperty().get() == step && !demo.busyProperty().get());
        app.awaitIdle(LONG);
        AtomicReference<String> result = new AtomicReference<>();
        robot.interact(() -> result.set(demo.resultProperty().get()));
        assertFalse(demo.failedProperty().get(), step + " failed: " + result.get() + " " + app.dialogs.shown);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) app.window.scene().lookup("#menuBar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item #" + id);
    }

    private void screenshot(FxRobot robot, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(app.window.scene().snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", png);
        AtomicFiles.write(SHOTS.resolve(name + ".png"), png.toByteArray(), false);
        if (Boolean.getBoolean("safesegment.tour.docs") && IN_README.contains(name)) {
            AtomicFiles.write(DOCS.resolve(name + ".png"), png.toByteArray(), false);
        }
    }
}
