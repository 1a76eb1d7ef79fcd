package io.safesegment.ui.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalException;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record 0034: the side-by-side review shows a request's dataset before and after its policy revision, row by row, next
 * to the risk measured with the request; an Analyst may not open it.
 */
class SideBySideViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    RecordingDialogs dialogs = new RecordingDialogs();
    GovernanceViewModel model;
    Approval request;

    @BeforeEach
    void requestOnAMaskablePolicy() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        Path csv = Files.writeString(dir.resolve("people.csv"), "customer_id,email,city\nC1,ann@example.org,Lisbon\n"
                + "C2,bob@example.org,Porto\n", StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(workspace, csv, CsvImportOptions.defaults(), t -> Map.of(), Progress.NONE);
        Path policy = Files.createDirectories(workspace.directory().resolve(PrivacyService.POLICY_FOLDER))
                .resolve("people.json");
        Files.writeString(policy, "{\"formatVersion\":1,\"id\":\"people\",\"revision\":2,\"name\":\"p\","
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"customer_id\":\"DIRECT_IDENTIFIER\","
                + "\"email\":\"DIRECT_IDENTIFIER\",\"city\":\"QUASI_IDENTIFIER\"},"
                + "\"rules\":[{\"column\":\"customer_id\",\"operator\":\"pseudonym\",\"params\":{}},"
                + "{\"column\":\"email\",\"operator\":\"redact\",\"params\":{}}]}", StandardCharsets.UTF_8);
        request = ApprovalService.request(workspace, new Actor("andy", Role.ANALYST), new ApprovalRequest("people", 2,
                "people.csv", new ApprovalRisk(5, 2, 0.125, 0.2, 0.15, 0.05), "partner"));
        WorkspaceSession session = new WorkspaceSession();
        model = new GovernanceViewModel(session, TaskExecutor.sameThread(), dialogs);
        session.setWorkspace(workspace);
    }

    @Test
    void beforeAndAfterRowByRowNextToTheRequestsRiskFigures() {
        model.roleProperty().set(Role.PRIVACY_OFFICER);
        SideBySideViewModel side = model.sideBySide();
        side.load(request);
        assertEquals(List.of(), dialogs.errors, dialogs.shown.toString());
        assertEquals(List.of("customer_id", "email", "city"), side.columnsProperty().get());
        assertEquals(List.of(List.of("C1", "ann@example.org", "Lisbon"), List.of("C2", "bob@example.org", "Porto")),
                side.before());
        assertEquals(2, side.after().size());
        List<String> first = side.after().getFirst();
        assertNotEquals("C1", first.get(0), "the id is pseudonymised");
        assertNotEquals("ann@example.org", first.get(1), "the e-mail is redacted");
        assertEquals("Lisbon", first.get(2), "a column without a rule is unchanged");
        assertTrue(side.titleProperty().get().startsWith("Request " + request.id() + ": people@2 on dataset "
                + "'people.csv'"), side.titleProperty().get());
        assertEquals(List.of(List.of("k-anonymity (smallest class)", "5"), List.of("l-diversity (distinct)", "2"),
                List.of("t-closeness (EMD)", "0.125"), List.of("Prosecutor risk (highest)", "0.200"),
                List.of("Journalist risk (highest)", "0.150"), List.of("Marketer risk", "0.050")), side.risk());
    }

    @Test
    void anAnalystMayNotSeeTheUnmaskedSide() {
        model.roleProperty().set(Role.ANALYST);
        model.sideBySide().load(request);
        assertTrue(dialogs.errors.getFirst() instanceof ApprovalException, String.valueOf(dialogs.errors));
        assertTrue(dialogs.errors.getFirst().getMessage().startsWith("Only a Privacy Officer may open the "
                + "side-by-side review"), dialogs.errors.getFirst().getMessage());
        assertEquals(List.of(), model.sideBySide().before());
    }
}
