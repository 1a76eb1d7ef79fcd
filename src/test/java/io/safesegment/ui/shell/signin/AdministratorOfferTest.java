package io.safesegment.ui.shell.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.shell.ClippedTextAccess;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Record 0034: the first open of a workspace without accounts offers to create its Administrator (once per workspace,
 * whatever the answer); the offer fits at the default size in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class AdministratorOfferTest {
    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(SignInMenu.OFFER_PROPERTY, "true");
        app = GuiFixture.start(home, stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> offers().forEach(Stage::close));
        app.close();
        System.clearProperty(SignInMenu.OFFER_PROPERTY);
    }

    private List<Stage> offers() {
        List<Stage> stages = new ArrayList<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s && s != app.window.stage() && s.isShowing()) {
                stages.add(s);
            }
        }
        return stages;
    }

    @Test
    void aWorkspaceWithoutAccountsOffersItsAdministratorOnceAndTheOfferCreatesIt(FxRobot robot) throws Exception {
        app.awaitIdle();
        assertEquals(List.of(), offers(), "the demo workspace is not offered one");

        Path declined = home.resolve("declined");
        Workspace.open(declined);
        robot.interact(() -> app.context.shell().openWorkspace(declined));
        app.awaitIdle();
        assertEquals(1, offers().size(), "offered on first open");
        Stage offer = offers().getFirst();
        assertEquals("Create the workspace administrator", offer.getTitle());
        Label message = robot.lookup("#signInMessage").queryAs(Label.class);
        assertEquals(I18n.i18n("signin.admin.offer"), message.getText());
        assertTrue(message.getText().startsWith("This workspace has no accounts yet"), message.getText());
        List<String> clipped = new ArrayList<>(ClippedTextAccess.clipped(offer.getScene().getRoot(), "offer en"));
        robot.clickOn("#cancelSignInButton");
        app.awaitIdle();
        assertEquals(List.of(), offers());
        robot.interact(() -> app.context.shell().openWorkspace(home.resolve("other")));
        app.awaitIdle();
        robot.interact(() -> offers().forEach(Stage::close));
        robot.interact(() -> app.context.shell().openWorkspace(declined));
        app.awaitIdle();
        assertEquals(List.of(), offers(), "asked once per workspace: Not now is not asked again");

        // in Chinese, and this time the offer is taken
        Path governed = home.resolve("governed");
        Workspace.open(governed);
        robot.interact(() -> app.window.switchLanguage(I18n.CHINESE));
        robot.interact(() -> app.context.shell().openWorkspace(governed));
        app.awaitIdle();
        assertEquals(1, offers().size());
        clipped.addAll(ClippedTextAccess.clipped(offers().getFirst().getScene().getRoot(), "offer zh"));
        assertTrue(robot.lookup("#signInMessage").queryAs(Label.class).getText().startsWith("此工作区还没有账户"));
        robot.clickOn("#userField").write("ada");
        robot.clickOn("#signInPasswordField").write("admin passphrase");
        robot.clickOn("#signInConfirmField").write("admin passphrase");
        robot.clickOn("#signInButton");
        app.awaitIdle();
        assertTrue(AccessService.isGoverned(governed), "the administrator was created");
        assertEquals("ada", app.context.session().actor().user(), "and signed in");
        assertEquals(List.of(), clipped, "nothing of the offer is cut off");
        robot.interact(() -> app.window.switchLanguage(Locale.ENGLISH));
    }
}
