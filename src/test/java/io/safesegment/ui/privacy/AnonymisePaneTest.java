package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.workspace.SampleCsvFiles;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.ScatterChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
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

/** The Anonymise tab on the real window: accept the suggested policy, Find optimal, see levels, risk and the plot. */
@ExtendWith(ApplicationExtension.class)
class AnonymisePaneTest {
    @TempDir
    Path home;

    private GuiFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
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
    void findOptimalShowsLevelsRiskAndTheSolutionSpace(FxRobot robot) throws Exception {
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
        assertTrue(robot.lookup("#qiLabel").queryLabeled().getText().startsWith("Quasi-identifiers"),
                robot.lookup("#qiLabel").queryLabeled().getText());

        robot.clickOn("#findButton");
        app.awaitIdle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !app.context.privacy().anonymise().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#levelsLabel").queryLabeled().getText().isEmpty());
        assertTrue(robot.lookup("#riskLabel").queryLabeled().getText().contains("before"),
                robot.lookup("#riskLabel").queryLabeled().getText());
        ScatterChart<Number, Number> chart = robot.lookup("#spaceChart").queryAs(ScatterChart.class);
        assertEquals(3, chart.getData().size(), "candidates, optimum, picked");
        assertEquals(1, chart.getData().get(1).getData().size(), "the optimum is its own one-point series");
        assertFalse(chart.getData().get(0).getData().isEmpty(), "other acceptable nodes are plotted");
        assertEquals(1, chart.getData().get(2).getData().size(), "the pick (the optimum at first) is marked");
        assertTrue(robot.lookup("#cancelButton").queryButton().isDisabled(), "nothing to cancel after the search");
        assertEquals("[]", app.dialogs.shown.toString(), "no error dialog");

        // The marketing utility of the candidates, measured on request in the background.
        assertTrue(robot.lookup("#cancelUtilityButton").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#anonymiseScroll").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1)); // the utility is below the solution space
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#measureButton");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> !app.context.privacy().anonymise().utility().busyProperty().get());
        app.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        ScatterChart<Number, Number> utility = robot.lookup("#utilityChart").queryAs(ScatterChart.class);
        assertEquals(3, utility.getData().size(), "candidates, optimum, picked");
        assertEquals(1, utility.getData().get(1).getData().size(), "the optimum is its own one-point series");
        assertEquals(1, utility.getData().get(2).getData().size(), "the pick is marked");
        int measured = app.context.privacy().anonymise().utility().measured().size();
        assertTrue(measured >= 2, "candidates measured: " + measured);
        assertEquals(measured, utility.getData().stream().limit(2).mapToInt(s -> s.getData().size()).sum());
        assertEquals(measured, robot.lookup("#utilityTable").queryTableView().getItems().size());
        assertTrue(robot.lookup("#utilityMessage").queryLabeled().getText().startsWith("Measured "),
                robot.lookup("#utilityMessage").queryLabeled().getText());
        assertEquals("[]", app.dialogs.shown.toString(), "no error dialog");

        // Nothing cut off at the default window size, in English and in Chinese.
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(820);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), clipped(robot), "English");
        robot.interact(() -> menuItem(robot, "viewMenu", "chineseItem").fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".tab-label").lookup((Labeled l) -> "4  匿名化".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#levelsLabel").queryLabeled().getText().isEmpty(), "the result survives the rebuild");
        assertEquals(List.of(), clipped(robot), "Chinese");
        robot.interact(() -> menuItem(robot, "viewMenu", "englishItem").fire());
    }

    /** Visible labels of the pane whose shown text is not their whole text (cut off with an ellipsis). */
    private static List<String> clipped(FxRobot robot) {
        Node pane = robot.lookup("#anonymisePane").query();
        return robot.from(pane).lookup((Labeled l) -> l.isVisible() && l.getText() != null && !l.getText().isEmpty()
                && l.lookup(".text") instanceof Text shown && !shown.getText().equals(l.getText()))
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    private static MenuItem menuItem(FxRobot robot, String menuId, String itemId) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        return menu.getItems().stream()
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }
}
