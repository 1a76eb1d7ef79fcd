package io.safesegment.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Recipe window on the real main window: recorded steps appear, reorder and remove with the keyboard, save →
 * open round-trips, the segment example replays into the workspace with every step done, and cancel stops a replay.
 */
@ExtendWith(ApplicationExtension.class)
class RecipeWindowTest {
    private static final Path EXAMPLE = Path.of("docs", "recipes", "segment-and-profiles.json").toAbsolutePath();

    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = GuiFixture.start(home, stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != app.window.stage() && w instanceof Stage).forEach(w -> ((Stage) w).close()));
        app.close();
    }

    private Stage openWindow(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> {
            MenuBar bar = (MenuBar) app.window.scene().lookup("#menuBar");
            Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
            view.getItems().stream().filter(i -> "recipeItem".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                        && s.getScene().lookup("#stepsTable") != null).map(Stage.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("the Recipe window is not open"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<StepRow> table(Stage stage) {
        return (TableView<StepRow>) stage.getScene().lookup("#stepsTable");
    }

    private static List<String> names(Stage stage) {
        return table(stage).getItems().stream().map(StepRow::name).toList();
    }

    private static List<String> outcomes(Stage stage) {
        return table(stage).getItems().stream().map(StepRow::outcome).toList();
    }

    private static String status(Stage stage) {
        return ((Label) stage.getScene().lookup("#statusLabel")).getText();
    }

    private void record(FxRobot robot, String... names) {
        robot.interact(() -> {
            for (String name : names) {
                ObjectNode f = SessionRecipe.fields();
                f.put("file", app.home.resolve("samples").resolve(name + ".csv").toString());
                app.context.session().recipe().append(StepKind.IMPORT, name, f);
            }
        });
    }

    private void click(FxRobot robot, Stage stage, String id) throws Exception {
        robot.clickOn(stage.getScene().lookup(id));
        app.awaitIdle();
    }

    @Test
    void recordedStepsAppearAndReorderAndRemoveWithTheKeyboard(FxRobot robot) throws Exception {
        Stage stage = openWindow(robot);
        record(robot, "customers", "transactions", "products");
        assertEquals(List.of("customers", "transactions", "products"), names(stage));
        assertEquals("Import", table(stage).getItems().getFirst().kind());

        robot.interact(() -> table(stage).getSelectionModel().select(0));
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("transactions", "customers", "products"), names(stage));
        assertEquals(1, table(stage).getSelectionModel().getSelectedIndex(), "the moved step stays selected");

        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("transactions", "products"), names(stage));
        assertEquals(List.of("transactions", "products"), app.context.session().recipe().steps().stream()
                .map(io.safesegment.core.recipe.RecipeStep::name).toList());

        click(robot, stage, "#upButton");
        assertEquals(List.of("products", "transactions"), names(stage));
    }

    @Test
    void saveThenOpenRoundTrips(FxRobot robot) throws Exception {
        Stage stage = openWindow(robot);
        record(robot, "customers", "transactions");
        Path file = home.resolve("session.recipe.json");
        app.dialogs.nextFile = file;
        click(robot, stage, "#saveButton");
        assertTrue(Files.isRegularFile(file));

        app.dialogs.nextConfirm = true;
        click(robot, stage, "#newButton");
        assertEquals(List.of(), names(stage));

        click(robot, stage, "#openButton");
        assertEquals(List.of("customers", "transactions"), names(stage));
        assertTrue(status(stage).startsWith("Opened session.recipe.json: 2 steps"), status(stage));
    }

    @Test
    void theSegmentExampleReplaysWithEveryStepDone(FxRobot robot) throws Exception {
        Stage stage = openWindow(robot);
        app.dialogs.nextFile = EXAMPLE;
        click(robot, stage, "#openButton");
        assertEquals(List.of("customers", "transactions", "segments"), names(stage));

        click(robot, stage, "#replayButton");
        assertEquals(List.of("Done", "Done", "Done"), outcomes(stage));
        Path exports = app.context.session().workspace().directory().resolve("exports");
        assertTrue(Files.isRegularFile(exports.resolve("segments.csv")));
        assertTrue(Files.isRegularFile(exports.resolve("segment-profiles.csv")));
        assertTrue(status(stage).startsWith("Replayed 3 steps"), status(stage));
        screenshot(robot, stage, "recipe-window.png");
    }

    @Test
    void cancelStopsAReplay(FxRobot robot) throws Exception {
        Stage stage = openWindow(robot);
        app.dialogs.nextFile = EXAMPLE;
        click(robot, stage, "#openButton");
        robot.interact(() -> {
            app.context.recipe().replay();
            assertTrue(app.context.recipe().busyProperty().get());
            ((javafx.scene.control.Button) stage.getScene().lookup("#cancelButton")).fire();
        });
        app.awaitIdle();
        assertEquals("Replay cancelled; steps already done keep their outputs", status(stage));
        assertFalse(outcomes(stage).stream().allMatch("Done"::equals), outcomes(stage).toString());
        assertTrue(outcomes(stage).contains("Not run"));
        assertFalse(Files.exists(app.context.session().workspace().directory().resolve("exports/segments.csv")));
        assertFalse(app.context.recipe().busyProperty().get());
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
    }

    /** Labeled nodes (buttons, labels, column headers; not table cells, which carry tooltips) showing "…". */
    private static List<String> clipped(javafx.scene.Parent root) {
        List<String> out = new java.util.ArrayList<>();
        for (javafx.scene.Node n : root.lookupAll(".labeled")) {
            if (n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getText() != null
                    && !(l instanceof javafx.scene.control.IndexedCell<?>)
                    && l.lookup(".text") instanceof javafx.scene.text.Text shown
                    && !shown.getText().equals(l.getText())) {
                out.add(l.getText() + " → " + shown.getText());
            }
        }
        return out;
    }

    @Test
    void followsALanguageSwitchAndNothingIsCutOffInChinese(FxRobot robot) throws Exception {
        openWindow(robot);
        record(robot, "customers");
        robot.interact(() -> {
            MenuBar bar = (MenuBar) app.window.scene().lookup("#menuBar");
            Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
            view.getItems().stream().flatMap(i -> i instanceof Menu sub ? sub.getItems().stream()
                    : java.util.stream.Stream.of(i)).filter(i -> "chineseItem".equals(i.getId())).findFirst()
                    .orElseThrow().fire();
        });
        app.awaitIdle();
        Stage stage = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getScene().lookup("#stepsTable") != null).map(Stage.class::cast).findFirst().orElseThrow();
        assertEquals("SafeSegment — 配方", stage.getTitle());
        assertEquals("导入", table(stage).getItems().getFirst().kind());
        assertEquals("重放", ((javafx.scene.control.Button) stage.getScene().lookup("#replayButton")).getText());
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        assertEquals(List.of(), clipped(stage.getScene().getRoot()));
        screenshot(robot, stage, "recipe-window-zh.png");
    }

    /** Saved for docs/screenshots (bin/update-screenshots copies target/screenshots/ there). */
    private static void screenshot(FxRobot robot, Stage stage, String name) throws Exception {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        Path shots = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Files.createDirectories(shots);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image.get(), null), "png",
                shots.resolve(name).toFile());
    }
}
