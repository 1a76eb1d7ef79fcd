package io.safesegment.ui.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.Totp;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalException;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.shell.GuiFixture;
import io.safesegment.ui.shell.signin.SignInMenu;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * The governance story on the real main window (record 0034): the first open offers the Administrator, who is created
 * in the dialog; an officer signs in with password and TOTP code; her own request cannot be approved by herself
 * (four-eyes); a second officer signs in, looks at the side-by-side review and approves; the approved export gets a
 * signed release report; the audit view shows the chain verified. Here accounts, the request and the report are
 * service calls, as the CLI makes them; {@link GovernanceWindowFlowTest} runs the same story through the desktop's
 * forms (record 0041).
 */
@ExtendWith(ApplicationExtension.class)
class GovernanceStoryFlowTest {
    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(SignInMenu.OFFER_PROPERTY, "true");
        stage.setMaximized(false);
        stage.setWidth(1280);
        stage.setHeight(820);
        app = GuiFixture.start(home, stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != app.window.stage() && w instanceof Stage).forEach(w -> ((Stage) w).close()));
        app.close();
        System.clearProperty(SignInMenu.OFFER_PROPERTY);
    }

    private void signIn(FxRobot robot, String user, String password, String totp) throws Exception {
        robot.clickOn("#userField").eraseText(20).write(user);
        robot.clickOn("#signInPasswordField").write(password);
        if (totp != null) {
            robot.clickOn("#totpField").write(totp);
        }
        robot.clickOn("#signInButton");
        app.awaitIdle(Duration.ofSeconds(60));
    }

    private void signOut(FxRobot robot) throws Exception {
        robot.interact(() -> {
            MenuBar bar = (MenuBar) app.window.scene().lookup("#menuBar");
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if ("signOutItem".equals(item.getId())) {
                        item.fire();
                    }
                }
            }
        });
        app.awaitIdle(Duration.ofSeconds(60));
    }

    private String signedIn(FxRobot robot) {
        return robot.lookup("#signedInUser").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    @Test
    void createAdministratorSignInWithTotpFourEyesSideBySideApprovalAndAVerifiedChain(FxRobot robot)
            throws Exception {
        app.awaitIdle(Duration.ofSeconds(120));
        Path ws = home.resolve("story");
        Workspace workspace = Workspace.open(ws);
        Path csv = Files.writeString(home.resolve("people.csv"), "customer_id,email,city\nC1,ann@example.org,Lisbon\n"
                + "C2,bob@example.org,Porto\n", StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(workspace, csv, CsvImportOptions.defaults(), t -> Map.of(), Progress.NONE);
        Files.writeString(Files.createDirectories(ws.resolve(PrivacyService.POLICY_FOLDER)).resolve("people.json"),
                "{\"formatVersion\":1,\"id\":\"people\",\"revision\":1,\"name\":\"p\",\"updatedAt\":"
                        + "\"2026-01-01T00:00:00Z\",\"roles\":{\"customer_id\":\"DIRECT_IDENTIFIER\",\"email\":"
                        + "\"DIRECT_IDENTIFIER\",\"city\":\"QUASI_IDENTIFIER\"},\"rules\":[{\"column\":\"customer_id\","
                        + "\"operator\":\"pseudonym\",\"params\":{}},{\"column\":\"email\",\"operator\":\"redact\","
                        + "\"params\":{}}]}", StandardCharsets.UTF_8);

        // 1. first open: the offer; the Administrator is created in the dialog and signed in
        robot.interact(() -> app.context.shell().openWorkspace(ws));
        app.awaitIdle(Duration.ofSeconds(60));
        robot.clickOn("#userField").write("ada");
        robot.clickOn("#signInPasswordField").write("admin passphrase");
        robot.clickOn("#signInConfirmField").write("admin passphrase");
        robot.clickOn("#signInButton");
        app.awaitIdle(Duration.ofSeconds(60));
        assertTrue(AccessService.isGoverned(ws));
        assertEquals("Signed in: ada (Administrator)", signedIn(robot));

        // accounts and the officer's own second factor (no desktop form for these: the CLI's service calls)
        try (AccessService.Session admin = AccessService.signIn(ws, "ada", "admin passphrase".toCharArray(), null)) {
            AccessService.addUser(ws, admin, "olivia", Role.PRIVACY_OFFICER, "olivia passphrase".toCharArray());
            AccessService.addUser(ws, admin, "pia", Role.PRIVACY_OFFICER, "pia passphrase".toCharArray());
        }
        String secret = AccessService.enrolTotp(ws, new io.safesegment.core.governance.Actor("olivia",
                Role.PRIVACY_OFFICER), "olivia", "olivia passphrase".toCharArray());

        // 2. olivia signs in with her TOTP code through the sign-in dialog
        signOut(robot);
        String code = Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now()), 6, Totp.Algorithm.SHA1);
        signIn(robot, "olivia", "olivia passphrase", code);
        assertEquals("Signed in: olivia (Privacy Officer)", signedIn(robot));

        // 3. she requests an approval; four-eyes: she cannot approve it herself in the review queue
        Approval request = ApprovalService.request(workspace, app.context.session().actor(), new ApprovalRequest(
                "people", 1, "people.csv", new ApprovalRisk(2, 1, 0.5, 0.5, 0.5, 0.5), "newsletter partner"));
        robot.clickOn("#navGovernance");
        app.awaitIdle(Duration.ofSeconds(60));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<Approval> queue = robot.lookup("#approvalTable").queryAs(TableView.class);
        robot.interact(() -> app.context.governance().review().refresh());
        app.awaitIdle(Duration.ofSeconds(60));
        assertEquals(List.of(request.id()), queue.getItems().stream().map(Approval::id).toList());
        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.clickOn("#approveButton");
        app.awaitIdle(Duration.ofSeconds(60));
        assertTrue(app.dialogs.errors.getLast() instanceof ApprovalException, String.valueOf(app.dialogs.errors));
        assertTrue(app.dialogs.errors.getLast().getMessage().contains("four-eyes"), app.dialogs.errors.getLast()
                .getMessage());
        assertEquals(ApprovalStatus.PENDING, ApprovalService.find(workspace, request.id()).orElseThrow().status());

        // 4. a second officer signs in, reviews side by side and approves
        signOut(robot);
        signIn(robot, "pia", "pia passphrase", null);
        assertEquals("Signed in: pia (Privacy Officer)", signedIn(robot));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.interact(() -> app.context.governance().review().refresh());
        app.awaitIdle(Duration.ofSeconds(60));
        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.interact(() -> tabs.getSelectionModel().select(2));
        app.awaitIdle(Duration.ofSeconds(60));
        TableView<List<String>> before = robot.lookup("#beforeTable").queryAs(TableView.class);
        TableView<List<String>> after = robot.lookup("#afterTable").queryAs(TableView.class);
        assertEquals("ann@example.org", before.getItems().getFirst().get(1));
        assertNotEquals("ann@example.org", after.getItems().getFirst().get(1), "masked on the right");
        assertEquals(6, robot.lookup("#riskTable").queryAs(TableView.class).getItems().size());
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#reasonField").write("k = 2 is enough for a newsletter");
        robot.clickOn("#approveButton");
        app.awaitIdle(Duration.ofSeconds(60));
        Approval decided = ApprovalService.find(workspace, request.id()).orElseThrow();
        assertEquals(ApprovalStatus.APPROVED, decided.status());
        assertEquals("pia", decided.decidedBy());

        // 5. the approved export and its signed release report (no desktop form yet: the services the CLI calls)
        Path exports = Files.createDirectories(ws.resolve("exports"));
        io.safesegment.core.governance.Actor pia = app.context.session().actor();
        var options = new PrivacyService.MaskOptions(null, null, ws.resolve(PrivacyService.POLICY_FOLDER)
                .resolve("people.json"), exports.resolve("masked.csv"), null, false, ws, null, null, "people.csv",
                null, true);
        assertTrue(PrivacyService.mask(PrivacyService.plan(options),
                io.safesegment.core.privacy.mask.KeyMaterial.fromSeed(new byte[32]), pia, Progress.NONE).written());
        var report = io.safesegment.core.release.ReleaseService.build(workspace, "masked.csv", Progress.NONE);
        assertEquals(request.id(), report.approvalId());
        Path html = io.safesegment.core.release.ReleaseService.write(workspace, pia, report,
                io.safesegment.core.release.ReleaseService.Format.HTML, exports.resolve("masked-report.html"));
        try (var vault = io.safesegment.core.crypto.vault.KeyVault.create(ws, "admin passphrase".toCharArray(),
                new io.safesegment.core.crypto.Argon2Params(256, 1, 1))) {
            vault.create("signing", io.safesegment.core.crypto.KeyPurpose.SIGNING_ED25519);
        }
        byte[] key;
        try (AccessService.Session session = AccessService.signIn(ws, "pia", "pia passphrase".toCharArray(), null);
             var vault = io.safesegment.core.crypto.CryptoService.openVault(ws, session)) {
            key = io.safesegment.core.release.ReleaseService.sign(workspace, pia, report, html, vault).publicKey();
        }
        var verified = io.safesegment.core.crypto.CryptoService.verifyPinned(
                io.safesegment.core.release.ReleaseService.manifestFor(exports.resolve("masked.csv")), List.of(key),
                Progress.NONE);
        assertTrue(verified.valid(), "the signed manifest covers the export and the report");
        assertEquals(request.id(), verified.approvalId());

        // 6. the audit view: every step under its account, chain verified
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> app.context.governance().audit().refresh());
        app.awaitIdle(Duration.ofSeconds(60));
        String chain = robot.lookup("#chainLabel").queryAs(Label.class).getText();
        assertTrue(chain.startsWith("Chain verified"), chain);
        List<String> trail = AuditService.list(workspace, AuditFilter.ALL).stream()
                .map(e -> e.action() + ":" + e.user()).toList();
        for (String expected : List.of("user-change:ada", "sign-in:olivia", "approval:olivia",
                "permission-denied:olivia", "sign-in:pia", "approval:pia", "mask-export:pia", "export:pia")) {
            assertTrue(trail.contains(expected), expected + " in " + trail);
        }
        AuditEntry totpSignIn = AuditService.list(workspace, AuditFilter.ALL).stream()
                .filter(e -> e.action().equals("sign-in") && e.user().equals("olivia")).findFirst().orElseThrow();
        assertTrue(totpSignIn.detail().contains("totp"), totpSignIn.detail());
    }
}
