package io.safesegment.ui.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.pgp.Gpg;
import io.safesegment.ui.shell.GuiFixture;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
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
 * The whole key flow through the real window: create the vault, create a key, import a public key made by the real
 * GnuPG, encrypt a CSV export to it, verify the signed manifest, detect a tampered file, and decrypt with gpg.
 */
@ExtendWith(ApplicationExtension.class)
class KeysFlowTest {
    private static final Path SHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

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

    private void openKeysWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            MenuBar bar = (MenuBar) app.window.scene().lookup("#menuBar");
            Menu keys = bar.getMenus().stream().filter(m -> "keysMenu".equals(m.getId())).findFirst().orElseThrow();
            keys.getItems().stream().filter(i -> "keysOpenItem".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        app.awaitIdle();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void unlockWith(FxRobot robot, String password, String confirm) throws Exception {
        robot.clickOn("#passwordField").write(password);
        if (confirm != null) {
            robot.clickOn("#confirmField").write(confirm);
        }
        robot.clickOn("#unlockButton");
        app.awaitIdle();
    }

    private boolean unlockDialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && s.getScene().lookup("#unlockButton") != null);
    }

    @SuppressWarnings("unchecked")
    @Test
    void createVaultCreateKeyEncryptForAGpgRecipientAndVerify(FxRobot robot) throws Exception {
        app.awaitIdle();
        assertFalse(unlockDialogShowing(), "a workspace without a vault does not prompt");
        openKeysWindow(robot);
        assertEquals("This workspace has no key vault yet", text(robot, "#vaultStatus"));

        robot.clickOn("#unlockVaultButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(unlockDialogShowing());
        unlockWith(robot, "Correct horse 42", "Correct horse 42");
        assertEquals("Unlocked", text(robot, "#vaultStatus"));
        assertFalse(unlockDialogShowing(), "the dialog closes once unlocked");

        robot.clickOn("#keyNameField").write("customer-ids");
        ComboBox<KeyPurpose> purpose = robot.lookup("#purposeBox").queryAs(ComboBox.class);
        robot.interact(() -> purpose.getSelectionModel().select(KeyPurpose.DETERMINISTIC_AEAD));
        robot.clickOn("#createKeyButton");
        app.awaitIdle();
        TableView<KeyInfo> table = robot.lookup("#keysTable").queryAs(TableView.class);
        assertEquals(List.of("customer-ids"), table.getItems().stream().map(KeyInfo::name).toList());
        assertEquals(KeyPurpose.DETERMINISTIC_AEAD, table.getItems().getFirst().purpose());

        try (Gpg gpg = new Gpg(home.resolve("gnupg"))) {
            String fingerprint = gpg.generate("Recipient <recipient@example.com>", "future-default", "default",
                    "never");
            Path asc = gpg.exportPublic(fingerprint, home.resolve("recipient.asc"));
            Path export = Files.createDirectories(home.resolve("export"));
            Path csv = Files.writeString(export.resolve("customers.csv"),
                    "id,segment,score\n1,loyal,0.91\n2,new,0.35\n3,at-risk,0.12\n", StandardCharsets.UTF_8);

            app.dialogs.nextFile = asc; // the recipient key chooser answers with it
            robot.clickOn("#chooseRecipientButton");
            app.awaitIdle();
            String recipient = text(robot, "#recipientLabel");
            assertTrue(recipient.contains("Recipient <recipient@example.com>") && recipient.contains(fingerprint),
                    recipient);

            app.dialogs.nextFile = csv; // the file chooser answers with it
            robot.clickOn("#encryptFileButton");
            app.awaitIdle();
            assertTrue(text(robot, "#encryptResult").startsWith("Wrote customers.csv.pgp"),
                    text(robot, "#encryptResult"));
            assertTrue(text(robot, "#verifyResult").startsWith("Manifest OK: 1 file matches"),
                    text(robot, "#verifyResult"));
            assertTrue(table.getItems().stream().anyMatch(k -> k.purpose() == KeyPurpose.SIGNING_ED25519));
            screenshot(robot);

            Path pgp = export.resolve("customers.csv.pgp");
            Path decrypted = home.resolve("decrypted.csv");
            gpg.run("--output", decrypted.toString(), "--decrypt", pgp.toString());
            assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(decrypted));

            byte[] bytes = Files.readAllBytes(pgp);
            bytes[bytes.length - 5] ^= 0x40;
            Files.write(pgp, bytes);
            robot.clickOn("#verifyButton");
            app.awaitIdle();
            assertEquals("Manifest check FAILED: customers.csv.pgp differs from the manifest",
                    text(robot, "#verifyResult"));
        }
        // the two choosers and nothing else: no error or information dialog
        assertEquals(List.of("open: Choose the recipient's public key (ASCII armour)",
                "open: Choose the file to encrypt"), app.dialogs.shown);
    }

    @Test
    void wrongPasswordShowsInlineAndRetrySucceeds(FxRobot robot) throws Exception {
        app.awaitIdle();
        openKeysWindow(robot);
        robot.clickOn("#unlockVaultButton");
        unlockWith(robot, "right password 1", "right password 1");
        robot.clickOn("#lockButton");
        app.awaitIdle();
        assertEquals("Locked — unlock to see and use the keys", text(robot, "#vaultStatus"));
        assertTrue(app.context.vaults().vault().isEmpty());

        robot.clickOn("#unlockVaultButton");
        WaitForAsyncUtils.waitForFxEvents();
        unlockWith(robot, "wrong password", null);
        assertTrue(unlockDialogShowing(), "the dialog stays open for a retry");
        assertEquals("Wrong password. Try again.", text(robot, "#unlockError"));
        assertEquals("", robot.lookup("#passwordField").queryTextInputControl().getText(), "field cleared");

        unlockWith(robot, "right password 1", null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !unlockDialogShowing());
        assertTrue(app.context.vaults().vault().isPresent());
        assertEquals("Unlocked", text(robot, "#vaultStatus"));
    }

    private void screenshot(FxRobot robot) throws Exception {
        Stage keys = (Stage) robot.lookup("#keysTable").queryAs(Node.class).getScene().getWindow();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(keys.getScene().snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        Files.createDirectories(SHOTS);
        ImageIO.write(buffered, "png", SHOTS.resolve("keys.png").toFile());
        assertTrue(buffered.getWidth() >= 900, "width " + buffered.getWidth());
    }
}
