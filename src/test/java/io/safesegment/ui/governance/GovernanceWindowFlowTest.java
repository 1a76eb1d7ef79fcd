package io.safesegment.ui.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.PermissionDeniedException;
import io.safesegment.core.governance.access.Totp;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.core.governance.approval.ExportRecord;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * Issue 17's story entirely through the window (record 0041): the Administrator adds the accounts in the Accounts
 * form (the officer's TOTP secret read from the form, shown once); the Analyst's raw export is refused with the clear
 * message and writes nothing; an officer signs in with her TOTP code and files "Request approval…"; four-eyes: a
 * second officer approves it in the review queue; she exports the masked dataset from the Privacy section, writes and
 * signs the release report and verifies it in the Governance section; the audit view shows the chain verified. Only
 * the fixture (the workspace, its dataset and policy, the administrator, the vault with a signing key, the approval
 * setting) is made with services.
 */
@ExtendWith(ApplicationExtension.class)
class GovernanceWindowFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
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
    }

    private Path fixture() throws Exception {
        Path ws = home.resolve("governed");
        Workspace workspace = Workspace.open(ws);
        Path csv = Files.writeString(home.resolve("people.csv"), "customer_id,email,city\nC1,ann@example.org,Lisbon\n"
                + "C2,bob@example.org,Porto\nC3,cy@example.org,Lisbon\nC4,di@example.org,Porto\n",
                StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(workspace, csv, CsvImportOptions.defaults(), t -> Map.of(), Progress.NONE);
        // where the Privacy section keeps the dataset's policy, so it loads it as the applied one
        Files.writeString(PrivacyService.policyFileFor(Files.createDirectories(ws.resolve(
                PrivacyService.POLICY_FOLDER)).getParent(), "people.csv"), "{\"formatVersion\":1,\"id\":\"people\","
                + "\"revision\":1,\"name\":\"p\",\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"customer_id\":"
                + "\"DIRECT_IDENTIFIER\",\"email\":\"DIRECT_IDENTIFIER\",\"city\":\"QUASI_IDENTIFIER\"},\"rules\":["
                + "{\"column\":\"customer_id\",\"operator\":\"redact\",\"params\":{}},{\"column\":\"email\","
                + "\"operator\":\"redact\",\"params\":{}}]}", StandardCharsets.UTF_8);
        try (KeyVault vault = KeyVault.create(ws, "admin passphrase".toCharArray(), new Argon2Params(256, 1, 1))) {
            vault.create("release-signing", KeyPurpose.SIGNING_ED25519);
        }
        AccessService.initialise(ws, "ada", "admin passphrase".toCharArray()); // the vault password becomes ada's
        ApprovalService.setRequired(workspace, new io.safesegment.core.governance.Actor("ada", Role.ADMINISTRATOR),
                true);
        return ws;
    }

    private void signIn(FxRobot robot, String user, String password, String totp) throws Exception {
        robot.clickOn("#userField").eraseText(20).write(user);
        robot.clickOn("#signInPasswordField").write(password);
        if (totp != null) {
            robot.clickOn("#totpField").write(totp);
        }
        robot.clickOn("#signInButton");
        app.awaitIdle(WAIT);
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
        app.awaitIdle(WAIT);
    }

    private String signedIn(FxRobot robot) {
        return robot.lookup("#signedInUser").queryAs(Label.class).getText();
    }

    private void governanceTab(FxRobot robot, int index) throws Exception {
        robot.clickOn("#navGovernance");
        app.awaitIdle(WAIT);
        assertEquals(io.safesegment.ui.shell.Section.GOVERNANCE, app.context.shell().sectionProperty().get(),
                "the navigation click landed (no modal prompt in front of the window)");
        TabPane tabs = robot.lookup("#tabs").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().size() == 6).findFirst().orElseThrow(() -> new AssertionError(
                        "no Governance section: " + app.dialogs.errors));
        robot.interact(() -> tabs.getSelectionModel().select(index));
        app.awaitIdle(WAIT);
        robot.interact(() -> {
        });
        assertEquals(index, tabs.getSelectionModel().getSelectedIndex());
        assertTrue(tabs.getSelectionModel().getSelectedItem().getContent().isVisible(), "tab content visible");
    }

    @SuppressWarnings("unchecked")
    private void addAccount(FxRobot robot, String name, Role role, String password, boolean totp) throws Exception {
        robot.clickOn("#newAccountName").write(name);
        ComboBox<Role> roles = robot.lookup("#newAccountRole").queryAs(ComboBox.class);
        robot.interact(() -> roles.setValue(role));
        robot.clickOn("#newAccountPassword").write(password);
        robot.clickOn("#newAccountConfirm").write(password);
        if (totp) {
            robot.clickOn("#newAccountTotp");
        }
        robot.clickOn("#ownPasswordField").write("admin passphrase");
        robot.clickOn("#addAccountButton");
        app.awaitIdle(WAIT);
    }

    @SuppressWarnings("unchecked")
    private void loadDataset(FxRobot robot) throws Exception {
        robot.clickOn("#navData");
        app.awaitIdle(WAIT);
        javafx.scene.control.TreeView<io.safesegment.ui.data.DatasetItem> list = robot.lookup("#datasetList")
                .queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> {
            for (int row = 0; row < list.getExpandedItemCount(); row++) {
                var node = list.getTreeItem(row);
                if (node != null && node.getValue() != null && node.getValue().name().equals("people.csv")) {
                    list.getSelectionModel().select(row);
                }
            }
        });
        robot.clickOn("#loadButton");
        app.awaitIdle(WAIT);
    }

    @SuppressWarnings("unchecked")
    @Test
    void analystRefusedOfficerRequestsSecondOfficerApprovesExportsReportsVerifiesAndTheChainHolds(FxRobot robot)
            throws Exception {
        app.awaitIdle(WAIT);
        Path ws = fixture();
        Workspace workspace = Workspace.open(ws);

        // the Administrator signs in and adds the accounts in the Accounts form
        robot.interact(() -> app.context.shell().openWorkspace(ws));
        app.awaitIdle(WAIT);
        signIn(robot, "ada", "admin passphrase", null);
        assertEquals("Signed in: ada (Administrator)", signedIn(robot));
        governanceTab(robot, 4);
        addAccount(robot, "andy", Role.ANALYST, "analyst passphrase", false);
        addAccount(robot, "olivia", Role.PRIVACY_OFFICER, "olivia passphrase", true);
        String enrolment = robot.lookup("#totpEnrolment").queryAs(TextArea.class).getText();
        Matcher secret = Pattern.compile("secret=([A-Z2-7]+)&issuer=SafeSegment").matcher(enrolment);
        assertTrue(secret.find(), "enrolment '" + enrolment + "', errors " + app.dialogs.errors);
        assertTrue(enrolment.contains("otpauth://totp/SafeSegment:olivia"), enrolment);
        addAccount(robot, "pia", Role.PRIVACY_OFFICER, "pia passphrase", false);
        assertEquals("", robot.lookup("#totpEnrolment").queryAs(TextArea.class).getText(), "the secret was shown once");
        TableView<?> accounts = robot.lookup("#accountTable").queryAs(TableView.class);
        assertEquals(4, accounts.getItems().size(), String.valueOf(app.dialogs.errors));

        // the Analyst's raw export is refused, with the clear message, and nothing is written
        signOut(robot);
        signIn(robot, "andy", "analyst passphrase", null);
        assertEquals("Signed in: andy (Analyst)", signedIn(robot));
        loadDataset(robot);
        Path raw = Files.createDirectories(home.resolve("out")).resolve("raw.csv");
        app.dialogs.nextFile = raw;
        robot.clickOn("#exportButton");
        robot.clickOn("OK");
        app.awaitIdle(WAIT);
        Throwable refused = app.dialogs.errors.getLast();
        assertTrue(refused instanceof PermissionDeniedException, String.valueOf(app.dialogs.errors));
        assertTrue(refused.getMessage().contains("andy is signed in as Analyst and may not export dataset 'people.csv'"),
                refused.getMessage());
        assertFalse(Files.exists(raw), "nothing written");

        // an officer signs in with her TOTP code and files the request in the Governance section
        signOut(robot);
        String code = Totp.code(Totp.fromBase32(secret.group(1)), Totp.step(Instant.now()), 6, Totp.Algorithm.SHA1);
        signIn(robot, "olivia", "olivia passphrase", code);
        assertEquals("Signed in: olivia (Privacy Officer)", signedIn(robot));
        governanceTab(robot, 1);
        robot.clickOn("#openRequestButton"); // the review queue's "Request approval…" opens the form
        app.awaitIdle(WAIT);
        ComboBox<String> datasets = robot.lookup("#requestDatasetBox").queryAs(ComboBox.class);
        robot.interact(() -> datasets.setValue("people.csv"));
        assertEquals("people", robot.lookup("#requestPolicyField").queryTextInputControl().getText());
        robot.clickOn("#requestPurposeField").write("newsletter partner");
        robot.clickOn("#requestApprovalButton");
        app.awaitIdle(WAIT);
        List<Approval> pending = ApprovalService.list(workspace, ApprovalStatus.PENDING);
        assertEquals(1, pending.size(), String.valueOf(app.dialogs.errors));
        Approval request = pending.getFirst();
        assertEquals("olivia", request.requestedBy());
        assertEquals("people@1", request.policyRef());
        assertNotNull(request.risk().k(), "the risk of the masked dataset was measured");
        assertTrue(robot.lookup("#requestMessage").queryAs(Label.class).getText().startsWith("Filed request #"));

        // four-eyes (record 0034): a second officer approves it in the review queue
        signOut(robot);
        signIn(robot, "pia", "pia passphrase", null);
        assertEquals("Signed in: pia (Privacy Officer)", signedIn(robot));
        governanceTab(robot, 1);
        robot.clickOn("#reviewRefreshButton");
        app.awaitIdle(WAIT);
        TableView<Approval> queue = robot.lookup("#approvalTable").queryAs(TableView.class);
        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.clickOn("#reasonField").write("k = 2 is enough for a newsletter");
        robot.clickOn("#approveButton");
        app.awaitIdle(WAIT);
        assertEquals(ApprovalStatus.APPROVED, ApprovalService.find(workspace, request.id()).orElseThrow().status());

        // she exports the masked dataset from the Privacy section: the approval lets it out
        loadDataset(robot);
        robot.clickOn("#navPrivacy");
        app.awaitIdle(WAIT);
        Path masked = home.resolve("out").resolve("people-masked.csv");
        app.dialogs.nextFile = masked;
        robot.clickOn("#exportButton");
        app.awaitIdle(WAIT);
        assertTrue(Files.exists(masked), app.dialogs.shown + " " + app.dialogs.errors);
        assertFalse(Files.readString(masked).contains("ann@example.org"));
        ExportRecord export = ApprovalService.exports(workspace).getLast();
        assertEquals(request.id(), export.approvalId());

        // ... writes and signs the release report, and verifies it
        governanceTab(robot, 5);
        TableView<ExportRecord> ledger = robot.lookup("#exportTable").queryAs(TableView.class);
        assertEquals(1, ledger.getItems().size());
        robot.interact(() -> ledger.getSelectionModel().select(0));
        robot.clickOn("#writeReportButton");
        app.awaitIdle(WAIT);
        assertTrue(Files.exists(home.resolve("out").resolve("people-masked-report.html")),
                String.valueOf(app.dialogs.errors));
        assertTrue(Files.exists(home.resolve("out").resolve("people-masked-report.pdf")));
        assertTrue(Files.exists(home.resolve("out").resolve("people-masked.csv.manifest.json")));
        robot.clickOn("#verifyReportButton");
        app.awaitIdle(WAIT);
        String verified = robot.lookup("#releaseResult").queryAs(TextArea.class).getText();
        assertTrue(verified.startsWith("Verified: people-masked.csv.manifest.json is signed by a workspace key"),
                verified);
        assertTrue(verified.contains("Approval #" + request.id() + ", report people-masked-report.html"), verified);
        assertTrue(verified.contains("people-masked-report.pdf: OK"), verified);

        // the audit view: the chain verified, every step under its account
        governanceTab(robot, 0);
        robot.clickOn("#auditRefreshButton");
        app.awaitIdle(WAIT);
        String chain = robot.lookup("#chainLabel").queryAs(Label.class).getText();
        assertTrue(chain.startsWith("Chain verified"), chain);
        List<String> trail = AuditService.list(workspace, AuditFilter.ALL).stream()
                .map(e -> e.action() + ":" + e.user()).toList();
        for (String expected : List.of("user-change:ada", "sign-in:andy", "permission-denied:andy",
                "sign-in:olivia", "approval:olivia", "sign-in:pia", "approval:pia", "export:pia")) {
            assertTrue(trail.contains(expected), expected + " in " + trail);
        }
    }
}
