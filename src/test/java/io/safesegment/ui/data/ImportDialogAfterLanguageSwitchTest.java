package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.safesegment.ui.common.I18n;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.TableCell;
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
 * Issue 15: after switching language twice, one import opened three stacked "Import preview" dialogs, because each
 * rebuilt Data view kept listening to the long-lived ViewModel. One import, one dialog, however often the scene
 * was rebuilt; the same for the role-mapping panel that follows it.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogAfterLanguageSwitchTest {
    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1280);
        stage.setHeight(820);
        app = GuiFixture.start(home, stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static long showingWindowsTitled(String title) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage stage && title.equals(stage.getTitle())).count();
    }

    @Test
    void oneImportOpensOneDialogAfterAnyNumberOfLanguageSwitches(FxRobot robot) throws Exception {
        app.awaitIdle();
        for (Locale locale : new Locale[] {I18n.CHINESE, Locale.ENGLISH, I18n.CHINESE, Locale.ENGLISH}) {
            robot.interact(() -> app.window.switchLanguage(locale));
        }
        for (String name : new String[] {"first.csv", "second.csv"}) {
            app.dialogs.nextFile = Files.writeString(home.resolve(name), "id,city\n1,Berlin\n2,Rome\n",
                    StandardCharsets.UTF_8);
            robot.clickOn("#importButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, showingWindowsTitled(I18n.i18n("data.import.title")), "one preview per import");
            assertEquals(1, robot.lookup("#importLoadButton").queryAll().size());

            robot.clickOn("#importLoadButton");
            app.awaitIdle();
            assertEquals(0, showingWindowsTitled(I18n.i18n("data.import.title")));
            assertEquals(1, robot.lookup("#roleMappingPane").queryAll().size(), "one role-mapping panel");
            robot.type(KeyCode.ESCAPE);
            app.awaitIdle();
            assertFalse(robot.lookup("#roleMappingPane").tryQuery().isPresent());
            assertEquals(name, app.context.data().tableNameProperty().get());
            TableCell<?, ?> berlin = robot.lookup(".preview-table .table-cell").match(
                    (TableCell<?, ?> cell) -> "Berlin".equals(cell.getText())).queryAs(TableCell.class);
            assertEquals("Berlin", berlin.getTooltip().getText(), "a cut-off cell can still be read");
        }
        assertEquals(0, app.dialogs.errors.size());
    }
}
