package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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

/** Help menu: the user guide (per section, both languages, F1), the shortcuts list and "Open sample data". */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
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

    private MenuItem item(String menuId, String itemId) {
        MenuBar bar = (MenuBar) app.window.scene().lookup("#menuBar");
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        return menu.getItems().stream()
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    private void fire(FxRobot robot, String menuId, String itemId) throws Exception {
        robot.interact(() -> item(menuId, itemId).fire());
        app.awaitIdle();
    }

    private static Optional<Stage> windowWith(String id) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getScene().lookup(id) != null).map(Stage.class::cast).findFirst();
    }

    private static Stage guide() {
        return windowWith("#helpTopics").orElseThrow(() -> new AssertionError("the user guide is not open"));
    }

    /** The rendered headings of the page on show, as text. */
    private static List<String> headings(Stage guide) {
        Node content = guide.getScene().lookup("#helpContent");
        return ((Parent) content).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("md-heading"))
                .map(n -> ((TextFlow) n).getChildren().stream().map(t -> ((Text) t).getText())
                        .collect(Collectors.joining()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static HelpTopic selectedTopic(Stage guide) {
        return ((ListView<HelpTopic>) guide.getScene().lookup("#helpTopics")).getSelectionModel().getSelectedItem();
    }

    /** Saved for docs/screenshots (bin/update-screenshots copies target/screenshots/ there). */
    private static void screenshot(FxRobot robot, Stage stage, String name) throws Exception {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        Path shots = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image.get(), null), "png",
                shots.resolve(name).toFile());
    }

    @Test
    void userGuideOpensInEnglishAndFollowsASwitchToChinese(FxRobot robot) throws Exception {
        app.awaitIdle();
        fire(robot, "helpMenu", "guideItem");
        Stage guide = guide();
        assertEquals(HelpTopic.DATA, selectedTopic(guide), "the page of the section on show");
        List<String> english = headings(guide);
        assertEquals("Data", english.getFirst());
        assertTrue(english.contains("Import a file"), english.toString());
        assertEquals("SafeSegment — user guide", guide.getTitle());

        // the list renders markdown runs: bold text is a Text node with the md-strong style class
        assertTrue(guide.getScene().getRoot().lookupAll(".md-strong").stream()
                .anyMatch(n -> "Help › Open sample data".equals(((Text) n).getText())));

        screenshot(robot, guide, "user-guide.png");
        fire(robot, "viewMenu", "chineseItem");
        assertEquals("SafeSegment — 用户指南", guide.getTitle());
        List<String> chinese = headings(guide());
        assertEquals("数据", chinese.getFirst());
        assertTrue(chinese.contains("导入文件"), chinese.toString());

        robot.interact(() -> guide().close());
        fire(robot, "helpMenu", "guideItem");
        assertEquals("数据", headings(guide()).getFirst(), "opened in Chinese, it starts in Chinese");
        fire(robot, "viewMenu", "englishItem");
        assertEquals("Data", headings(guide()).getFirst());
    }

    @Test
    void f1OpensTheGuideOfTheCurrentSectionAndEscClosesIt(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.clickOn("#navPrivacy");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage guide = guide();
        assertEquals(HelpTopic.PRIVACY, selectedTopic(guide));
        assertEquals("Privacy", headings(guide).getFirst());
        assertTrue(headings(guide).contains("3  Review and export"), headings(guide).toString());

        robot.interact(() -> {
            app.window.stage().toFront();
            app.window.stage().requestFocus();
            app.context.shell().sectionProperty().set(Section.GOVERNANCE);
        });
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HelpTopic.GOVERNANCE, selectedTopic(guide()), "the open guide switches page");
        assertTrue(guide().getScene().getRoot().lookupAll(".md-text").stream()
                .anyMatch(n -> ((Text) n).getText().contains("shows who is signed in")), "the Governance page");

        robot.interact(() -> guide().requestFocus());
        robot.clickOn(guide().getScene().lookup("#helpTopics"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(windowWith("#helpTopics").isEmpty(), "Esc closes the guide");
    }

    @Test
    void guideFollowsTheDarkTheme(FxRobot robot) throws Exception {
        app.awaitIdle();
        fire(robot, "helpMenu", "guideItem");
        assertEquals(Theme.LIGHT, Theme.of(guide().getScene()));
        robot.interact(() -> {
            CheckMenuItem dark = (CheckMenuItem) item("viewMenu", "darkThemeItem");
            dark.setSelected(true);
            dark.fire();
        });
        assertEquals(Theme.DARK, Theme.of(guide().getScene()), "switched while open");
        screenshot(robot, guide(), "user-guide-dark.png");
    }

    @Test
    void shortcutsListShowsTheMenuAcceleratorsAndWindowKeys(FxRobot robot) throws Exception {
        app.awaitIdle();
        fire(robot, "helpMenu", "shortcutsItem");
        Stage shortcuts = windowWith("#shortcutsGrid").orElseThrow();
        GridPane grid = (GridPane) shortcuts.getScene().lookup("#shortcutsGrid");
        List<String> rows = new java.util.ArrayList<>();
        List<Node> cells = grid.getChildren();
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            rows.add(((Label) cells.get(i)).getText() + " = " + ((Label) cells.get(i + 1)).getText());
        }
        String ctrl = new javafx.scene.input.KeyCodeCombination(KeyCode.K,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText().replace("K", "");
        assertTrue(rows.contains("Keys › Key vault… = " + ctrl + "K"), rows.toString());
        assertTrue(rows.contains("Help › User guide = F1"), rows.toString());
        assertTrue(rows.contains("View › Privacy = " + ctrl + "2"), rows.toString());
        assertTrue(rows.contains("File › Open workspace… = " + ctrl + "O"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("Esc  /  " + ctrl + "W")), rows.toString());
        assertTrue(rows.contains("Privacy › Detect personal data again = F5"), rows.toString());
        assertTrue(rows.contains("Privacy › Apply the edited masking policy (one new revision) = " + ctrl + "S"),
                rows.toString());
        assertTrue(rows.contains("Privacy › Undo the last masking-policy edit = " + ctrl + "Z"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Privacy › Redo the masking-policy edit = " + ctrl + "Y")),
                rows.toString());
        assertTrue(rows.contains("Privacy › Revert the policy cell or parameter being edited = Esc"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.contains("_")), "mnemonic markers are stripped: " + rows);
    }

    @Test
    void openSampleDataOpensTheDemoWorkspaceAndLoadsTheCustomers(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> app.context.shell().openWorkspace(home.resolve("elsewhere")));
        app.awaitIdle();
        assertEquals("elsewhere", app.context.shell().workspaceNameProperty().get());
        robot.clickOn("#navPrivacy");

        fire(robot, "helpMenu", "samplesItem");
        app.awaitIdle();
        assertEquals("workspace", app.context.shell().workspaceNameProperty().get(), "the demo workspace");
        assertTrue(app.context.shell().demoModeProperty().get());
        assertEquals(Section.DATA, app.context.shell().sectionProperty().get());
        assertEquals("customers.csv", app.context.data().tableNameProperty().get());
        assertNotNull(app.context.data().tableProperty().get());
        assertEquals(GuiFixture.CUSTOMERS, app.context.data().tableProperty().get().rowCount());

        // again, from the demo workspace itself: nothing is reopened, the customers stay loaded
        fire(robot, "helpMenu", "samplesItem");
        assertEquals(GuiFixture.CUSTOMERS, app.context.data().tableProperty().get().rowCount());
        assertEquals(List.of(), app.dialogs.shown);
    }
}
