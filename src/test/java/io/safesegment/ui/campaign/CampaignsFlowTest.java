package io.safesegment.ui.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Campaigns section on the real main window: design on the generated customers → assignment list → results of
 * that list analysed (table and chart) → offer policies simulated → rules mined → odd transactions found.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignsFlowTest {
    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        stage.setMaximized(false);
        stage.setWidth(1280);
        stage.setHeight(820);
        app = GuiFixture.start(home, stage, CampaignSamples::write);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void awaitIdle() throws Exception {
        app.awaitIdle(Duration.ofSeconds(120));
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).queryAs(TableView.class).getItems().size();
    }

    @Test
    void designAnalyseSimulateMineAndFlag(FxRobot robot) throws Exception {
        awaitIdle();
        Path samples = home.resolve("samples");
        robot.clickOn("#navCampaigns");
        assertTrue(robot.lookup("#campaignsView").tryQuery().isPresent());

        app.dialogs.nextFile = samples.resolve("customers.csv");
        robot.clickOn("#targetButton");
        Path out = home.resolve("assignments.csv");
        app.dialogs.nextFile = out;
        robot.clickOn("#designButton");
        awaitIdle();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertEquals(3, rows(robot, "#designPane #armTable"));
        assertTrue(Files.exists(out));

        selectTab(robot, 1);
        app.dialogs.nextFile = CampaignSamples.results(out, "free-shipping", home.resolve("results.csv"));
        robot.clickOn("#resultsButton");
        robot.clickOn("#analyseButton");
        awaitIdle();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertEquals(3, robot.lookup("#resultsPane #armTable").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#warningsLabel").queryAs(Label.class).getText().isEmpty());

        selectTab(robot, 2);
        app.dialogs.nextFile = samples.resolve("transactions.csv");
        robot.clickOn("#policiesPane #transactionsButton");
        robot.interact(() -> robot.lookup("#episodesField").queryAs(TextField.class).setText("300"));
        robot.clickOn("#simulateButton");
        awaitIdle();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertEquals(7, rows(robot, "#policyTable"));

        selectTab(robot, 3);
        robot.interact(() -> app.context.campaigns().rules().scopeProperty().set(
                io.safesegment.core.campaign.rules.BasketScope.CUSTOMER));
        robot.interact(() -> robot.lookup("#supportField").queryAs(TextField.class).setText("0.02"));
        robot.clickOn("#mineButton");
        awaitIdle();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertTrue(rows(robot, "#ruleTable") > 0);

        selectTab(robot, 4);
        robot.clickOn("#findButton");
        awaitIdle();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertTrue(robot.lookup("#anomaliesPane #summaryLabel").queryAs(Label.class).getText().contains("flagged"));
    }
}
