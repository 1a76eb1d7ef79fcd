package io.safesegment.ui.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Governance ViewModels without the JavaFX toolkit: review queue by role, audit filters and status, backup. */
class GovernanceViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    RecordingDialogs dialogs = new RecordingDialogs();
    GovernanceViewModel model;

    @BeforeEach
    void workspaceWithAPendingRequest() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        Path csv = Files.writeString(dir.resolve("people.csv"), "id,city\n1,Lisbon\n", StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(workspace, csv, CsvImportOptions.defaults(), t -> Map.of(), Progress.NONE);
        ApprovalService.request(workspace, new Actor("andy", Role.ANALYST), new ApprovalRequest("customers", 2,
                "people.csv", new ApprovalRisk(5, null, null, 0.2, 0.2, 0.05), "partner"));
        WorkspaceSession session = new WorkspaceSession();
        model = new GovernanceViewModel(session, TaskExecutor.sameThread(), dialogs);
        session.setWorkspace(workspace);
    }

    @Test
    void anAnalystIsRefusedAndAnOfficerApprovesAndTheAuditShowsIt() {
        ReviewQueueViewModel review = model.review();
        assertEquals(1, review.approvals().size());
        review.selectedProperty().set(review.approvals().getFirst());
        assertTrue(review.detailsProperty().get().contains("customers@2"), review.detailsProperty().get());
        assertFalse(review.decisionDisabled().get());

        model.roleProperty().set(Role.ANALYST);
        review.approve();
        assertTrue(dialogs.errors.getFirst().getMessage().contains("Only a Privacy Officer"), dialogs.shown
                .toString());
        assertEquals(1, review.approvals().size(), "still pending");

        model.roleProperty().set(Role.PRIVACY_OFFICER);
        review.selectedProperty().set(review.approvals().getFirst());
        review.approve();
        assertEquals(0, review.approvals().size(), "the pending list is empty now");
        review.statusProperty().set(ApprovalStatus.APPROVED);
        assertEquals(1, review.approvals().size());

        AuditViewModel audit = model.audit();
        assertTrue(audit.entries().stream().anyMatch(e -> e.action().equals("approval")
                && e.detail().contains("status=approved")), audit.entries().toString());
        assertTrue(audit.chainStatusProperty().get().startsWith("Chain verified"), audit.chainStatusProperty().get());
        audit.actionProperty().set(AuditAction.PERMISSION_DENIED);
        audit.refresh();
        assertEquals(1, audit.entries().size());
        assertEquals("role=analyst", audit.entries().getFirst().detail());
    }

    @Test
    void aRejectionNeedsAReasonAndTheCsvExportWritesTheFilteredEntries() throws Exception {
        ReviewQueueViewModel review = model.review();
        review.selectedProperty().set(review.approvals().getFirst());
        review.reject();
        assertTrue(dialogs.errors.getFirst().getMessage().contains("needs a reason"), dialogs.shown.toString());
        review.reasonProperty().set("postcode too detailed");
        review.selectedProperty().set(review.approvals().getFirst());
        review.reject();
        assertEquals(ApprovalStatus.REJECTED, ApprovalService.list(workspace, null).getFirst().status());

        AuditViewModel audit = model.audit();
        audit.searchProperty().set("customers@2");
        audit.refresh();
        assertEquals(2, audit.entries().size(), "the request and the rejection");
        dialogs.nextFile = dir.resolve("audit.csv");
        audit.exportCsv();
        assertEquals(3, Files.readAllLines(dir.resolve("audit.csv")).size(), "header + 2 entries");
    }

    @Test
    void anAdministratorBacksUpAndTheRequestsPaneListsRetention() {
        model.roleProperty().set(Role.ADMINISTRATOR);
        dialogs.nextFile = dir.resolve("ws.ssbackup");
        dialogs.nextPassword = "backup password";
        model.stewardship().backup();
        assertTrue(Files.isRegularFile(dir.resolve("ws.ssbackup")), dialogs.shown.toString());
        assertTrue(dialogs.notices.stream().anyMatch(n -> n.startsWith("Backed up")), dialogs.notices.toString());
        assertEquals(1, model.stewardship().retention().size());
        assertTrue(model.audit().entries().stream().map(AuditEntry::action).anyMatch("backup"::equals));
    }
}
