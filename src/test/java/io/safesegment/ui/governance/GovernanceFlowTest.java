package io.safesegment.ui.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On the real main window: approve a pending request in the review queue → the audit view shows it, chain verified. */
@ExtendWith(ApplicationExtension.class)
class GovernanceFlowTest {
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
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void approveAPendingRequestAndSeeItInTheVerifiedAuditTrail(FxRobot robot) throws Exception {
        app.awaitIdle(Duration.ofSeconds(120));
        var workspace = app.context.session().workspace();
        Approval pending = ApprovalService.request(workspace, new Actor("andy", Role.ANALYST), new ApprovalRequest(
                "customers", 3, "customers.csv", new ApprovalRisk(5, 2, 0.1, 0.2, 0.2, 0.05), "newsletter"));

        robot.clickOn("#navGovernance");
        app.awaitIdle(Duration.ofSeconds(60));
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<Approval> queue = robot.lookup("#approvalTable").queryAs(TableView.class);
        assertEquals(List.of(pending.id()), queue.getItems().stream().map(Approval::id).toList());
        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.clickOn("#reasonField").write("k = 5 is enough for this partner");
        robot.clickOn("#approveButton");
        app.awaitIdle(Duration.ofSeconds(60));
        assertEquals(List.of(), app.dialogs.errors);
        assertEquals(ApprovalStatus.APPROVED, ApprovalService.find(workspace, pending.id()).orElseThrow().status());
        assertTrue(queue.getItems().isEmpty(), "no pending request left");

        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        TableView<AuditEntry> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        assertTrue(audit.getItems().stream().anyMatch(e -> e.action().equals("approval")
                && e.object().equals("customers@3") && e.detail().contains("status=approved")),
                audit.getItems().toString());
        String chain = robot.lookup("#chainLabel").queryAs(Label.class).getText();
        assertTrue(chain.startsWith("Chain verified"), chain);
    }
}
