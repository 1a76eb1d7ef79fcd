package io.safesegment.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.ui.common.Theme;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
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
 * The Keys window follows language and theme switches made while it is open (and before it opens), closes on Esc
 * and Ctrl+W, and the vault password dialog refuses a weak password unless the user confirms it.
 */
@ExtendWith(ApplicationExtension.class)
class KeysWindowTest {
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

    private void darkTheme(FxRobot robot) throws Exception {
        robot.interact(() -> {
            CheckMenuItem dark = (CheckMenuItem) item("viewMenu", "darkThemeItem");
            dark.setSelected(true);
            dark.fire();
        });
        app.awaitIdle();
    }

    private static Optional<Stage> windowWith(String id) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getScene().lookup(id) != null).map(Stage.class::cast).findFirst();
    }

    private static Stage keysWindow() {
        return windowWith("#keysTable").orElseThrow(() -> new AssertionError("the Keys window is not open"));
    }

    private static String label(Stage stage, String id) {
        return ((Label) stage.getScene().lookup(id)).getText();
    }

    private void pressIn(FxRobot robot, Stage stage, KeyCode... keys) {
        robot.interact(stage::requestFocus);
        robot.clickOn(stage.getScene().lookup("#vaultStatus"));
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
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
    void followsALanguageAndThemeSwitchMadeWhileOpen(FxRobot robot) throws Exception {
        app.awaitIdle();
        fire(robot, "keysMenu", "keysOpenItem");
        Stage keys = keysWindow();
        assertEquals("This workspace has no key vault yet", label(keys, "#vaultStatus"));
        assertEquals(Theme.LIGHT, Theme.of(keys.getScene()));

        fire(robot, "viewMenu", "chineseItem");
        darkTheme(robot);

        Stage same = keysWindow();
        assertTrue(same == keys, "the same window, rebuilt");
        assertEquals("此工作区还没有密钥库", label(keys, "#vaultStatus"));
        assertEquals("SafeSegment — 密钥", keys.getTitle());
        assertEquals(Theme.DARK, Theme.of(keys.getScene()), "the dark colour sheet");
        screenshot(robot, keys, "keys-zh-dark.png");

        // Ctrl+K again brings the open window forward instead of stacking a second one
        fire(robot, "keysMenu", "keysOpenItem");
        assertEquals(1, Window.getWindows().stream().filter(w -> w.isShowing()
                && w.getScene().lookup("#keysTable") != null).count());
    }

    @Test
    void opensInTheLanguageAndThemeChosenBefore(FxRobot robot) throws Exception {
        app.awaitIdle();
        fire(robot, "viewMenu", "chineseItem");
        darkTheme(robot);
        fire(robot, "keysMenu", "keysOpenItem");
        Stage keys = keysWindow();
        assertEquals("此工作区还没有密钥库", label(keys, "#vaultStatus"));
        assertEquals(Theme.DARK, Theme.of(keys.getScene()));
    }

    @Test
    void escAndCtrlWCloseIt(FxRobot robot) throws Exception {
        app.awaitIdle();
        fire(robot, "keysMenu", "keysOpenItem");
        pressIn(robot, keysWindow(), KeyCode.ESCAPE);
        assertTrue(windowWith("#keysTable").isEmpty(), "Esc closes the Keys window");

        fire(robot, "keysMenu", "keysOpenItem");
        pressIn(robot, keysWindow(), KeyCode.CONTROL, KeyCode.W);
        assertTrue(windowWith("#keysTable").isEmpty(), "Ctrl+W closes the Keys window");

        fire(robot, "keysMenu", "keysOpenItem");
        pressIn(robot, keysWindow(), KeyCode.F1);
        assertTrue(windowWith("#helpTopics").isPresent(), "F1 opens the guide");
    }

    @Test
    void weakVaultPasswordIsRefusedWithTheReasonUntilConfirmed(FxRobot robot) throws Exception {
        app.awaitIdle();
        fire(robot, "keysMenu", "keysOpenItem");
        robot.clickOn("#unlockVaultButton");
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = windowWith("#unlockButton").orElseThrow();

        robot.clickOn("#passwordField").write("abc");
        assertEquals("Strength: weak — a sequence such as abc or 6543", label(dialog, "#strengthLabel"));
        ProgressBar meter = (ProgressBar) dialog.getScene().lookup("#strengthBar");
        assertEquals(PasswordStrength.WEAK.fill(), meter.getProgress());
        CheckBox acceptWeak = (CheckBox) dialog.getScene().lookup("#acceptWeakBox");
        assertTrue(acceptWeak.isVisible(), "the explicit choice is offered for a weak password");
        robot.clickOn("#confirmField").write("abc");
        robot.clickOn("#unlockButton");
        app.awaitIdle();
        assertTrue(label(dialog, "#unlockError").startsWith("This password is too easy to guess (a sequence such as "
                + "abc or 6543)."), label(dialog, "#unlockError"));
        assertTrue(dialog.isShowing());
        assertFalse(KeyVault.exists(app.context.session().workspace().directory()));

        robot.clickOn("#passwordField").write("abc");
        screenshot(robot, dialog, "keys-weak-password.png");
        robot.clickOn("#confirmField").write("abc");
        robot.clickOn("#acceptWeakBox");
        robot.clickOn("#unlockButton");
        app.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing(), "created after the explicit confirmation");
        assertTrue(KeyVault.exists(app.context.session().workspace().directory()));

        // a strong password fills the meter and offers no such box
        robot.interact(() -> keysWindow().requestFocus());
        robot.clickOn("#newPasswordField").write("violet harbour 42");
        Stage keys = keysWindow();
        assertEquals("Strength: strong", label(keys, "#newPasswordStrength"));
        assertEquals(1.0, ((ProgressBar) keys.getScene().lookup("#newPasswordStrengthBar")).getProgress());
        assertFalse(keys.getScene().lookup("#acceptWeakNewPasswordBox").isVisible());
    }
}
