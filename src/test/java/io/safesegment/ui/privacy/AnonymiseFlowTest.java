package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.workspace.SampleCsvFiles;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #16's GUI flow on the real window: targets → Find optimal → pick another candidate (click, then keyboard) →
 * apply it to the policy → a stricter policy target → the export is blocked naming the target and the measured value
 * → "Export anyway…" with the privacy officer's reason → written, and the reason is in the masked dataset's lineage.
 */
@ExtendWith(ApplicationExtension.class)
class AnonymiseFlowTest {
    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = GuiFixture.start(home, stage, folder -> {
            Path samples = SampleCsvFiles.write(folder, 20);
            CustomerCsv.write(samples.resolve("customers.csv"), 80);
            return samples;
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void targetsFindPickApplyBlockedExportOverrideWithReason(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.clickOn("#navPrivacy");
        robot.clickOn("#goToDataButton");
        robot.clickOn("#loadButton");
        app.awaitIdle();
        robot.clickOn("#navPrivacy");
        robot.type(KeyCode.F5);
        app.awaitIdle();
        robot.clickOn("#acceptButton");
        app.awaitIdle();
        robot.clickOn(robot.lookup(".tab-label").lookup((Labeled l) -> "4  Anonymise".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        AnonymiseViewModel model = app.context.privacy().anonymise();

        // Targets: k = 3 (typed into the spinner's editor), 5 % suppression.
        Spinner<Integer> k = robot.lookup("#kSpinner").queryAs(Spinner.class);
        robot.interact(() -> k.getValueFactory().setValue(3));
        robot.interact(() -> robot.lookup("#suppressionSpinner").queryAs(Spinner.class).getValueFactory().setValue(5.0));
        assertEquals(3, model.targets().kProperty().get());
        robot.clickOn("#findButton");
        app.awaitIdle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        SolutionSpace.Point optimum = model.space().pickedProperty().get();
        assertTrue(optimum.optimum());
        assertTrue(robot.lookup("#pickedLabel").queryLabeled().getText().endsWith("(the optimum)"));

        // Pick another candidate: a click on its row, then one step with the keyboard.
        TableView<SolutionSpace.Point> candidates = robot.lookup("#candidateTable").queryAs(TableView.class);
        assertTrue(candidates.getItems().size() > 2, "several candidates to pick from");
        robot.clickOn(robot.from(candidates).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        SolutionSpace.Point picked = model.space().pickedProperty().get();
        assertEquals(candidates.getItems().get(1), picked);
        assertNotEquals(optimum, picked);
        assertEquals("Picked: " + picked.levels(), robot.lookup("#pickedLabel").queryLabeled().getText());
        TableView<SolutionSpace.ReviewRow> review = robot.lookup("#reviewTable").queryAs(TableView.class);
        assertEquals(String.valueOf(picked.node().smallestClass()), review.getItems().getFirst().after(),
                "the review follows the pick");

        scrollTo(robot, 1); // the pane scrolls: the rule set and Apply are below the plot
        robot.clickOn("#applyPickButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, app.context.privacy().policyProperty().get().riskTargets().k());

        // A stricter target than the picked transformation reaches, stored in the policy.
        robot.interact(() -> k.getValueFactory().setValue(60));
        scrollTo(robot, 0);
        robot.clickOn("#saveTargetsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(60, app.context.privacy().policyProperty().get().riskTargets().k());

        Path target = home.resolve("masked-flow.csv");
        app.dialogs.nextFile = target;
        robot.clickOn("#exportButton");
        app.awaitIdle();
        String blocked = robot.lookup("#exportMessageLabel").queryLabeled().getText();
        assertTrue(blocked.startsWith("Export blocked: k-anonymity: target k 60, measured smallest class "), blocked);
        assertFalse(Files.exists(target));

        app.dialogs.nextText = "Agency pilot; approved by the DPO, ticket 31";
        robot.clickOn("#exportAnywayButton");
        app.awaitIdle();
        String written = robot.lookup("#exportMessageLabel").queryLabeled().getText();
        assertTrue(written.contains("despite missed risk targets"), written);
        assertTrue(Files.exists(target));
        String lineage = DatasetService.datasets(app.context.session().workspace().directory()).stream()
                .filter(d -> d.name().equals("masked-flow.csv")).findFirst().orElseThrow().steps().toString();
        assertTrue(lineage.contains("Agency pilot; approved by the DPO, ticket 31"), lineage);
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
    }

    private static void scrollTo(FxRobot robot, double position) {
        javafx.scene.control.ScrollPane scroll = robot.lookup("#anonymiseScroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(position));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
