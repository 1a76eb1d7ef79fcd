package io.safesegment.core.governance.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests, decisions by role, and the approval gate of the masked-export path (issue 17 item 4). */
class ApprovalServiceTest {
    static final Actor ANDY = new Actor("andy", Role.ANALYST);
    static final Actor OLGA = new Actor("olga", Role.PRIVACY_OFFICER);
    static final Actor ADA = new Actor("ada", Role.ADMINISTRATOR);
    static final ApprovalRisk RISK = new ApprovalRisk(5, 2, 0.12, 0.2, 0.2, 0.05);

    @TempDir
    Path dir;

    @Test
    void onlyAPrivacyOfficerDecidesAndEachStepIsAudited() {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Approval pending = ApprovalService.request(ws, ANDY, new ApprovalRequest("customers", 3, "customers",
                RISK, "campaign partner"));
        assertEquals(ApprovalStatus.PENDING, pending.status());
        assertEquals("andy", pending.requestedBy());
        assertEquals(RISK, pending.risk());

        ApprovalException analyst = assertThrows(ApprovalException.class,
                () -> ApprovalService.approve(ws, ANDY, pending.id(), null));
        assertTrue(analyst.getMessage().contains("Only a Privacy Officer"), analyst.getMessage());
        assertThrows(ApprovalException.class, () -> ApprovalService.approve(ws, ADA, pending.id(), null));
        assertEquals(ApprovalStatus.PENDING, ApprovalService.find(ws, pending.id()).orElseThrow().status());

        Approval approved = ApprovalService.approve(ws, OLGA, pending.id(), "risk acceptable");
        assertEquals(ApprovalStatus.APPROVED, approved.status());
        assertEquals("olga", approved.decidedBy());
        assertEquals("risk acceptable", approved.reason());
        ApprovalException twice = assertThrows(ApprovalException.class,
                () -> ApprovalService.reject(ws, OLGA, pending.id(), "changed my mind"));
        assertTrue(twice.getMessage().contains("already approved"), twice.getMessage());
        assertThrows(ApprovalException.class, () -> ApprovalService.approve(ws, OLGA, 999, null));

        List<String> actions = AuditService.list(ws, AuditFilter.ALL).stream()
                .map(e -> e.action() + ":" + e.user() + ":" + e.outcome()).toList();
        assertEquals(List.of("approval:andy:success", "permission-denied:andy:blocked",
                "permission-denied:ada:blocked", "approval:olga:success"), actions);
        AuditEntry decision = AuditService.list(ws, AuditFilter.ALL).get(3);
        assertEquals("customers@3", decision.object());
        assertTrue(decision.detail().contains("status=approved"), decision.detail());
        assertTrue(AuditService.verify(ws, List.of()).valid());
    }

    @Test
    void theRequesterMayNotDecideTheirOwnRequestFourEyes() {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Approval own = ApprovalService.request(ws, OLGA, new ApprovalRequest("customers", 4, "customers", RISK,
                "officer's own export"));
        ApprovalException self = assertThrows(ApprovalException.class,
                () -> ApprovalService.approve(ws, OLGA, own.id(), "looks fine"));
        assertEquals("Refused: olga requested approval " + own.id() + " and may not also approve it (four-eyes "
                + "rule); another Privacy Officer decides", self.getMessage());
        // names ignore case, so a differently cased name is the same person
        assertThrows(ApprovalException.class, () -> ApprovalService.reject(ws,
                new Actor("OLGA", Role.PRIVACY_OFFICER), own.id(), "no"));
        assertEquals(ApprovalStatus.PENDING, ApprovalService.find(ws, own.id()).orElseThrow().status(),
                "nothing was decided");
        // no administrator override: an administrator may not decide at all
        assertThrows(ApprovalException.class, () -> ApprovalService.approve(ws, ADA, own.id(), null));
        Approval second = ApprovalService.approve(ws, new Actor("pia", Role.PRIVACY_OFFICER), own.id(), null);
        assertEquals("pia", second.decidedBy());

        List<String> trail = AuditService.list(ws, AuditFilter.ALL).stream()
                .map(e -> e.action() + ":" + e.user() + ":" + e.outcome() + ":" + e.object()).toList();
        assertEquals(List.of("approval:olga:success:customers@4", "permission-denied:olga:blocked:approval "
                + own.id(), "permission-denied:OLGA:blocked:approval " + own.id(),
                "permission-denied:ada:blocked:approval " + own.id(), "approval:pia:success:customers@4"), trail);
    }

    @Test
    void aRejectionNeedsAReasonAndIsListedWithIt() {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        Approval a = ApprovalService.request(ws, ANDY, new ApprovalRequest("p", 1, null, null, null));
        Approval b = ApprovalService.request(ws, ANDY, new ApprovalRequest("p", 2, null, null, null));
        assertThrows(ApprovalException.class, () -> ApprovalService.reject(ws, OLGA, a.id(), " "));
        Approval rejected = ApprovalService.reject(ws, OLGA, a.id(), "postcode still 5 digits");
        assertEquals("postcode still 5 digits", rejected.reason());
        assertEquals(List.of(b.id()), ApprovalService.list(ws, ApprovalStatus.PENDING).stream().map(Approval::id)
                .toList());
        assertEquals(List.of(a.id()), ApprovalService.list(ws, ApprovalStatus.REJECTED).stream().map(Approval::id)
                .toList());
        assertEquals(2, ApprovalService.list(ws, null).size());
        assertTrue(ApprovalService.approvedFor(ws, "p", 1).isEmpty());
        assertEquals(AuditAction.REJECTION.code(), AuditService.list(ws, AuditFilter.ALL).getLast().action());
    }

    @Test
    void anAnalystCannotSwitchTheRequirement() {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        assertFalse(ApprovalService.required(ws));
        assertThrows(ApprovalException.class, () -> ApprovalService.setRequired(ws, ANDY, true));
        assertFalse(ApprovalService.required(ws));
        ApprovalService.setRequired(ws, ADA, true);
        assertTrue(ApprovalService.required(ws));
    }

    @Test
    void aGovernedWorkspaceExportsOnlyAnApprovedRevisionAndLedgersTheApproval() throws Exception {
        Path wsDir = dir.resolve("ws");
        Workspace ws = Workspace.open(wsDir);
        ApprovalService.setRequired(ws, OLGA, true);
        Path policy = Files.writeString(dir.resolve("p.json"), policy("mail", 2), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");

        ApprovalException refused = assertThrows(ApprovalException.class, () -> mask(wsDir, policy, out));
        assertTrue(refused.getMessage().contains("'mail' revision 2 has no approval"), refused.getMessage());
        assertFalse(Files.exists(out), "nothing is written before the approval");

        Approval other = ApprovalService.request(ws, ANDY, new ApprovalRequest("mail", 1, null, RISK, null));
        ApprovalService.approve(ws, OLGA, other.id(), null);
        assertThrows(ApprovalException.class, () -> mask(wsDir, policy, out), "revision 1 does not cover 2");

        Approval exact = ApprovalService.request(ws, ANDY, new ApprovalRequest("mail", 2, null, RISK, null));
        ApprovalService.approve(ws, OLGA, exact.id(), null);
        assertTrue(mask(wsDir, policy, out).written());

        ExportRecord export = ApprovalService.exports(ws).getLast();
        assertEquals(exact.id(), export.approvalId());
        assertEquals(DatasetStore.fingerprint(out), export.sha256());
        assertEquals("mail", export.policyId());
        assertEquals(2, export.policyRevision());
        assertEquals(2, export.rows());
        assertEquals(export, ApprovalService.findExport(ws, "out.csv").orElseThrow());
        assertEquals(export, ApprovalService.findExport(ws, Long.toString(export.id())).orElseThrow());
        AuditEntry masked = AuditService.list(ws, new AuditFilter(AuditAction.MASK_EXPORT, null, null, null, null))
                .getLast();
        assertTrue(masked.detail().contains("approval=" + exact.id()), masked.detail());
        List<String> blocked = AuditService.list(ws, new AuditFilter(AuditAction.EXPORT, null, null, null, null))
                .stream().map(AuditEntry::outcome).toList();
        assertEquals(List.of("blocked", "blocked"), blocked);
    }

    @Test
    void anUngovernedWorkspaceExportsWithoutApproval() throws Exception {
        Path wsDir = dir.resolve("ws");
        Path policy = Files.writeString(dir.resolve("p.json"), policy("mail", 1), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        assertTrue(mask(wsDir, policy, out).written());
        assertNull(ApprovalService.exports(Workspace.open(wsDir)).getLast().approvalId());
    }

    private PrivacyService.MaskOutcome mask(Path workspace, Path policy, Path out) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,email\n1,wang.fang@example.com\n2,li.na@example.org\n", StandardCharsets.UTF_8);
        var options = new PrivacyService.MaskOptions(in, null, policy, out, null, false, workspace, null, null);
        return PrivacyService.mask(PrivacyService.plan(options), KeyMaterial.fromSeed(new byte[32]), Progress.NONE);
    }

    private static String policy(String id, int revision) {
        return "{\"formatVersion\":1,\"id\":\"" + id + "\",\"revision\":" + revision + ",\"name\":\"p\","
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"email\":\"DIRECT_IDENTIFIER\"},"
                + "\"rules\":[{\"column\":\"email\",\"operator\":\"redact\",\"params\":{}}]}";
    }
}
