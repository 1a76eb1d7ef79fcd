package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.workspace.UserSettings;
import io.safesegment.core.workspace.WorkspaceLocations;
import io.safesegment.ui.common.I18n;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = GuiFixture.start(home, stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private boolean showing(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        return node != null && node.isVisible() && node.getScene() != null;
    }

    private MenuItem menuItem(FxRobot robot, String menuId, String itemId) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        return menu.getItems().stream()
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void visitsEverySectionAndSwitchesLanguageBackAndForth(FxRobot robot) throws Exception {
        app.awaitIdle();
        assertTrue(showing(robot, "#dataView"), "Data is the first section");
        assertEquals("Workspace: workspace", text(robot, "#workspaceLabel"));
        assertTrue(robot.lookup("#demoBadge").query().isVisible(), "the first start opens in demo mode");

        robot.clickOn("#navPrivacy");
        assertTrue(showing(robot, "#privacyView"), "Privacy shows its own view");
        assertTrue(showing(robot, "#emptyState"), "no dataset loaded yet");
        assertFalse(showing(robot, "#dataView"));
        robot.clickOn("#navSegments");
        assertTrue(showing(robot, "#segmentsView"), "Segments shows its own view");
        robot.clickOn("#navRecommendations");
        assertTrue(showing(robot, "#recommendationsView"), "Recommendations shows its own view");
        robot.clickOn("#navGovernance");
        assertTrue(showing(robot, "#governanceView"), "Governance shows its own view (issue 17)");
        assertEquals("Governance", text(robot, "#governanceTitle"));
        assertFalse(showing(robot, "#dataView"));
        assertTrue(robot.lookup("#navGovernance").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#navData");
        assertTrue(showing(robot, "#dataView"));

        robot.interact(() -> menuItem(robot, "viewMenu", "chineseItem").fire());
        assertEquals("数据", text(robot, "#navData"));
        assertEquals("隐私", text(robot, "#navPrivacy"));
        assertTrue(showing(robot, "#dataView"), "the section survives the rebuild");
        assertEquals("zh_CN", UserSettings.load(WorkspaceLocations.settingsFile()).language());
        robot.clickOn("#navGovernance");
        assertEquals("治理", text(robot, "#governanceTitle"));

        robot.interact(() -> menuItem(robot, "viewMenu", "englishItem").fire());
        assertEquals("Data", text(robot, "#navData"));
        assertEquals("Governance", text(robot, "#governanceTitle"));
        assertEquals("en", UserSettings.load(WorkspaceLocations.settingsFile()).language());
    }

    @Test
    void keyboardShortcutsSwitchSections(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.clickOn("#navData");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertEquals("Governance", text(robot, "#governanceTitle"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertTrue(showing(robot, "#dataView"));
    }

    @Test
    void themeChoiceIsAppliedAndRemembered(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> {
            var item = (javafx.scene.control.CheckMenuItem) menuItem(robot, "viewMenu", "darkThemeItem");
            item.setSelected(true);
            item.fire();
        });
        assertTrue(app.window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("/css/dark.css")));
        assertEquals("dark", UserSettings.load(WorkspaceLocations.settingsFile()).theme());
    }

    @Test
    void openWorkspaceFromTheFileMenuAddsItToRecentWorkspaces(FxRobot robot) throws Exception {
        app.awaitIdle();
        Path other = home.resolve("other-workspace");
        app.dialogs.nextDirectory = other;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        app.awaitIdle();

        assertEquals("Workspace: other-workspace", text(robot, "#workspaceLabel"));
        assertFalse(robot.lookup("#demoBadge").query().isVisible(), "a new empty workspace is not a demo");
        UserSettings settings = UserSettings.load(WorkspaceLocations.settingsFile());
        assertEquals(other.toString(), settings.lastWorkspace());
        assertEquals(2, settings.recentWorkspaces().size());
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu recent = (Menu) bar.getMenus().getFirst().getItems().stream()
                .filter(i -> "recentMenu".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(other.toString(), recent.getItems().getFirst().getText());
        assertEquals(Locale.ENGLISH, I18n.locale());
    }

    @Test
    void aboutDialogShowsVersionAndCryptographyNote(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> menuItem(robot, "helpMenu", "aboutItem").fire());
        Labeled crypto = robot.lookup("#aboutCrypto").queryLabeled();
        assertTrue(crypto.getText().contains("DES"), crypto.getText());
        assertTrue(text(robot, "#aboutVersion").startsWith("Version "));
        assertTrue(text(robot, "#aboutLibraries").contains("Tablesaw 0.44.4"), text(robot, "#aboutLibraries"));
        assertTrue(text(robot, "#aboutLibraries").contains("zxcvbn4j 1.9.0"), text(robot, "#aboutLibraries"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#aboutCrypto").tryQuery().isEmpty(), "Esc closes the About dialog");
    }

    @Test
    void windowGeometryIsRememberedAndRestored(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> {
            app.window.stage().setX(40);
            app.window.stage().setY(30);
            app.window.stage().setWidth(1010);
            app.window.stage().setHeight(700);
            app.window.rememberGeometry();
        });
        var saved = UserSettings.load(WorkspaceLocations.settingsFile()).window();
        assertEquals(1010, saved.width());
        assertEquals(700, saved.height());

        robot.interact(() -> {
            app.window.stage().setWidth(950);
            new MainWindow(app.window.stage(), app.context).show();
        });
        assertEquals(1010, app.window.stage().getWidth());
        assertEquals(40, app.window.stage().getX());
    }
}
