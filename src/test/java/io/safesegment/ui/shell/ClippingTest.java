package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every section (in the states that show content) and every secondary window that opens without a file (the
 * Account menu's sign-in and first-Administrator dialogs included), at the default 1280×820 window in English and
 * Chinese, in the light and the dark theme, and fails on any visible label, button, tab or title whose text is cut off; table, list and tree cells pass only with a tooltip of their
 * full text ({@link ClippedText}). On the way it writes the screenshots the README shows ({@code <section>.png},
 * {@code <section>-zh.png}, dialogs in the light theme; {@code <section>-dark.png}, {@code <section>-zh-dark.png}
 * for the sections in the dark theme) to target/screenshots (bin/update-screenshots copies them into docs/).
 */
@ExtendWith(ApplicationExtension.class)
class ClippingTest {
    private static final Path SHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @TempDir
    Path home;

    private GuiFixture app;
    private String language;
    private String suffix;
    private boolean dialogShots;
    private final List<ClippedText.Clip> clips = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        app = GuiFixture.start(home, stage, folder -> {
            SampleDataGenerator.generate(new SampleDataOptions(folder, 300, 60, 8, 7L), Progress.NONE);
            return folder;
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(this::closeSecondaryWindows);
        app.close();
    }

    @Test
    void nothingIsCutOffInEnglish(FxRobot robot) throws Exception {
        walk(robot, Locale.ENGLISH, "en", "", Theme.LIGHT);
    }

    @Test
    void nothingIsCutOffInChinese(FxRobot robot) throws Exception {
        walk(robot, I18n.CHINESE, "zh_CN", "-zh", Theme.LIGHT);
    }

    @Test
    void nothingIsCutOffInEnglishDark(FxRobot robot) throws Exception {
        walk(robot, Locale.ENGLISH, "en dark", "-dark", Theme.DARK);
    }

    @Test
    void nothingIsCutOffInChineseDark(FxRobot robot) throws Exception {
        walk(robot, I18n.CHINESE, "zh_CN dark", "-zh-dark", Theme.DARK);
    }

    private void walk(FxRobot robot, Locale locale, String language, String suffix, Theme theme) throws Exception {
        this.language = language;
        this.suffix = suffix;
        this.dialogShots = theme == Theme.LIGHT; // the dark theme's dialogs are checked, not photographed
        awaitIdle();
        robot.interact(() -> {
            app.window.applyTheme(theme);
            app.window.switchLanguage(locale);
        });
        Stage stage = app.window.stage();
        robot.interact(() -> { // TestFX reuses one stage: give it the size a first start has
            Scene scene = app.window.scene();
            stage.setMaximized(false);
            stage.setWidth(MainWindow.DEFAULT_WIDTH + stage.getWidth() - scene.getWidth());
            stage.setHeight(MainWindow.DEFAULT_HEIGHT + stage.getHeight() - scene.getHeight());
        });
        assertEquals(1280, app.window.scene().getWidth(), "the default window");
        assertEquals(820, app.window.scene().getHeight(), "the default window");
        assertTrue(stage.getMinWidth() > 0 && stage.getMinHeight() > 0, "the window has a minimum size");

        // Data with the customers loaded, then its dialogs.
        robot.interact(() -> app.context.data().loadSelected());
        awaitIdle();
        visitTabs(robot, "data", 0);
        checkDemoPanel(robot);
        openAndCheck(robot, "data/roles", "dialog-roles", () -> robot.clickOn("#rolesButton"));
        openAndCheck(robot, "data/join", "dialog-join", () -> robot.clickOn("#joinButton"));
        openAndCheck(robot, "data/export", "dialog-export", () -> robot.clickOn("#exportButton"));
        openAndCheck(robot, "data/postgres", "dialog-postgres", () -> robot.clickOn("#postgresButton"));
        checkStepDialogs(robot);
        app.dialogs.nextFile = home.resolve("samples").resolve("customers.csv");
        openAndCheck(robot, "data/import preview", "dialog-import", () -> robot.clickOn("#importButton"));

        // Privacy after detection and accepting the suggested policy.
        section(robot, Section.PRIVACY);
        robot.interact(() -> app.context.privacy().detection().detect());
        awaitIdle();
        robot.clickOn("#acceptButton");
        awaitIdle();
        visitTabs(robot, "privacy", 0);

        // Segments after a run.
        section(robot, Section.SEGMENTS);
        robot.interact(() -> app.context.segments().run());
        awaitIdle();
        visitTabs(robot, "segments", 0);

        // Recommendations: built, trained, evaluated and previewed.
        section(robot, Section.RECOMMENDATIONS);
        robot.clickOn("#buildButton");
        awaitIdle();
        selectTab(robot, 1);
        robot.clickOn("#trainButton");
        awaitIdle();
        selectTab(robot, 2);
        robot.interact(() -> robot.lookup("#foldsSpinner").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#evaluateButton");
        awaitIdle();
        selectTab(robot, 3);
        robot.clickOn("#customerSearch").write("00000");
        robot.interact(() -> robot.lookup("#customerBox").queryAs(ComboBox.class).getSelectionModel().select(0));
        robot.clickOn("#previewButton");
        awaitIdle();
        visitTabs(robot, "recommendations", 3);

        section(robot, Section.GOVERNANCE);
        visitTabs(robot, "governance", 0); // audit, review queue, side-by-side review, requests and backup, accounts,
        // approvals and reports

        // Campaigns (empty panes: their controls and headers at the default size).
        section(robot, Section.CAMPAIGNS);
        visitTabs(robot, "campaigns", 0);
        // Value: CLV fitted on the samples, then both tabs.
        section(robot, Section.VALUE);
        robot.interact(() -> app.context.value().clv().fit());
        awaitIdle();
        visitTabs(robot, "value", 0);

        // Secondary windows of the menus.
        openAndCheck(robot, "keys", "dialog-keys", () -> fire(robot, "keysOpenItem"));
        openAndCheck(robot, "keys/unlock", "dialog-keys-unlock", () -> {
            fire(robot, "keysOpenItem");
            robot.clickOn("#unlockVaultButton");
        });
        openAndCheck(robot, "recipe", "dialog-recipe", () -> fire(robot, "recipeItem"));
        // the Account dialogs: sign-in, and the first Administrator (also offered on a workspace's first open)
        openAndCheck(robot, "account/sign in", "dialog-sign-in", () -> fire(robot, "signInItem"));
        openAndCheck(robot, "account/create administrator", "dialog-create-admin",
                () -> fire(robot, "createAdminItem"));
        openAndCheck(robot, "shortcuts", "dialog-shortcuts", () -> fire(robot, "shortcutsItem"));
        openAndCheck(robot, "about", "dialog-about", () -> fire(robot, "aboutItem"));
        openAndCheck(robot, "user guide", "dialog-user-guide", () -> fire(robot, "guideItem"));
        // Preferences waits in showAndWait: opened with runLater so this thread can look at it and close it.
        openAndCheck(robot, "preferences", "dialog-preferences", () -> Platform.runLater(() -> item("preferencesItem")
                .fire()));
        // The Account menu's dialogs, each with the inline error that an empty submit shows (it wraps; the dialog
        // grows to fit it): signing in to a governed workspace and giving an older workspace its first Administrator.
        openAndCheck(robot, "sign in", "dialog-sign-in", () -> {
            fire(robot, "signInItem");
            robot.clickOn("#signInButton");
        });
        openAndCheck(robot, "create administrator", "dialog-create-admin", () -> {
            fire(robot, "createAdminItem");
            robot.clickOn("#signInButton");
        });

        assertEquals("", clips.stream().map(ClippedText.Clip::toString).collect(Collectors.joining("\n")),
                clips.size() + " clipped texts");
    }

    /** The guided demo's docked panel on its first step, in normal and in presenter mode, then closed. */
    private void checkDemoPanel(FxRobot robot) throws Exception {
        var demo = app.context.demo();
        fire(robot, "demoItem");
        WaitForAsyncUtils.waitFor(180, java.util.concurrent.TimeUnit.SECONDS, () -> !demo.busyProperty().get());
        awaitIdle();
        assertTrue(!demo.failedProperty().get(), demo.resultProperty().get());
        robot.interact(() -> check("demo panel", app.window.scene()));
        screenshot(robot, app.window.scene(), "demo-panel");
        robot.clickOn("#presenterButton");
        robot.interact(() -> clips.addAll(ClippedText.find((javafx.scene.Parent) app.window.scene()
                .lookup("#demoPanel"), language + " demo panel (presenter)")));
        robot.clickOn("#presenterButton");
        robot.clickOn("#closeButton");
        awaitIdle();
    }

    private void awaitIdle() throws Exception {
        app.awaitIdle(Duration.ofSeconds(180));
    }

    private void section(FxRobot robot, Section section) throws Exception {
        robot.interact(() -> app.context.shell().sectionProperty().set(section));
        awaitIdle();
    }

    private void selectTab(FxRobot robot, int index) {
        robot.interact(() -> tabs().getSelectionModel().select(index));
    }

    private TabPane tabs() {
        return (TabPane) app.window.scene().lookup("#tabs");
    }

    /** Checks the section on each of its tabs; tab {@code shotTab} is the section's screenshot. */
    private void visitTabs(FxRobot robot, String section, int shotTab) throws Exception {
        AtomicReference<Integer> count = new AtomicReference<>();
        robot.interact(() -> count.set(tabs().getTabs().size()));
        for (int i = count.get() - 1; i >= 0; i--) {
            selectTab(robot, i);
            awaitIdle();
            int tab = i;
            robot.interact(() -> check(section + " tab " + (tab + 1) + " (" + tabs().getTabs().get(tab).getText()
                    + ")", app.window.scene()));
            if (i == shotTab) {
                screenshot(robot, app.window.scene(), section);
            }
        }
    }

    private void check(String where, Scene scene) {
        clips.addAll(ClippedText.find(scene.getRoot(), language + " " + where));
    }

    /** Opens a secondary window, checks and photographs the newest one, then closes every secondary window. */
    private void openAndCheck(FxRobot robot, String where, String shot, Runnable open) throws Exception {
        open.run();
        awaitIdle();
        Optional<Stage> window = secondaryWindows().stream().reduce((first, last) -> last);
        assertTrue(window.isPresent(), where + " opened a window: " + app.dialogs.shown);
        Scene scene = window.get().getScene();
        robot.interact(() -> check(where, scene));
        if (dialogShots) {
            screenshot(robot, scene, shot);
        }
        robot.interact(this::closeSecondaryWindows);
        awaitIdle();
    }

    /** Every cleaning step that asks for parameters opens a dialog; steps that ask nothing open none. */
    private void checkStepDialogs(FxRobot robot) throws Exception {
        AtomicReference<List<MenuItem>> steps = new AtomicReference<>();
        robot.interact(() -> steps.set(List.copyOf(
                ((MenuButton) app.window.scene().lookup("#addStepButton")).getItems())));
        for (MenuItem step : steps.get()) {
            robot.interact(step::fire);
            awaitIdle();
            Optional<Stage> window = secondaryWindows().stream().reduce((first, last) -> last);
            if (window.isPresent()) {
                Scene scene = window.get().getScene();
                robot.interact(() -> check("data/step " + step.getText(), scene));
                robot.interact(this::closeSecondaryWindows);
                awaitIdle();
            }
        }
    }

    private List<Stage> secondaryWindows() {
        List<Stage> stages = new ArrayList<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s && s != app.window.stage() && s.isShowing()) {
                stages.add(s);
            }
        }
        return stages;
    }

    private void closeSecondaryWindows() {
        List<Stage> open = secondaryWindows();
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private void fire(FxRobot robot, String id) {
        robot.interact(() -> item(id).fire());
    }

    private MenuItem item(String id) {
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

    private void screenshot(FxRobot robot, Scene scene, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", png);
        AtomicFiles.write(SHOTS.resolve(name + suffix + ".png"), png.toByteArray(), false);
    }
}
