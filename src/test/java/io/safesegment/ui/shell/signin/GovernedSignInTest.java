package io.safesegment.ui.shell.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.PermissionDeniedException;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The real main window on a governed workspace (record 0025): the sign-in dialog appears, the Analyst signs in, the
 * status bar names the account, and a raw export from the Data section is refused by the service with its message.
 * The demo workspace the window starts on signs in the demo Privacy Officer, named in the title bar.
 */
@ExtendWith(ApplicationExtension.class)
class GovernedSignInTest {
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

    @Test
    void anAnalystSignsInAndARawExportIsRefusedWithTheReason(FxRobot robot) throws Exception {
        app.awaitIdle();
        assertTrue(app.window.stage().getTitle().contains("demo: signed in as the demo Privacy Officer"),
                app.window.stage().getTitle());

        Path ws = home.resolve("governed");
        Workspace workspace = Workspace.open(ws);
        Path customers = Files.copy(home.resolve("samples").resolve("customers.csv"), ws.resolve("customers.csv"));
        workspace.registerDataset("customers.csv", customers, "csv");
        AccessService.initialise(ws, "ada", "admin passphrase".toCharArray());
        try (AccessService.Session admin = AccessService.signIn(ws, "ada", "admin passphrase".toCharArray(), null)) {
            AccessService.addUser(ws, admin, "andy", Role.ANALYST, "andy passphrase".toCharArray());
        }

        robot.interact(() -> app.context.shell().openWorkspace(ws));
        app.awaitIdle();
        robot.clickOn("#userField").write("andy");
        robot.clickOn("#signInPasswordField").write("andy passphrase");
        robot.clickOn("#signInButton");
        app.awaitIdle();
        Label user = robot.lookup("#signedInUser").queryAs(Label.class);
        assertEquals("Signed in: andy (Analyst)", user.getText());
        assertFalse(app.window.stage().getTitle().contains("demo"), app.window.stage().getTitle());

        var data = app.context.data();
        robot.interact(() -> {
            data.selectedProperty().set(data.datasets().stream().filter(d -> d.name().equals("customers.csv"))
                    .findFirst().orElseThrow());
            data.loadSelected();
        });
        app.awaitIdle();
        Path raw = home.resolve("raw.csv");
        app.dialogs.nextFile = raw;
        robot.interact(() -> data.export().export());
        app.awaitIdle();
        assertEquals("error: Could not write raw.csv", app.dialogs.shown.getLast());
        Throwable refusal = app.dialogs.errors.getLast();
        assertTrue(refusal instanceof PermissionDeniedException, String.valueOf(refusal));
        assertTrue(refusal.getMessage().startsWith("Refused: andy is signed in as Analyst and may not export "
                + "dataset 'customers.csv'"), refusal.getMessage());
        assertFalse(Files.exists(raw), "nothing written");
    }
}
