package io.safesegment.core.governance.approval;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Approval of policy revisions for export, and the ledger of governed exports (decision 0026).
 *
 * <p>Anyone may request an approval; only a {@link Role#PRIVACY_OFFICER} other than the requester (four-eyes rule,
 * record 0034) approves or rejects (checked here, so the GUI, the CLI and recipe replay are governed alike). When the workspace setting {@value #REQUIRED_SETTING} is on (a
 * governed workspace), {@code PrivacyService} refuses a masked export whose policy revision has no approval
 * ({@link #requireApproval}); workspaces that never switched it on export as before. Every request, decision and
 * refusal is audited.
 */
public final class ApprovalService {
    /** The workspace setting that makes masked and anonymised exports need an approval. */
    public static final String REQUIRED_SETTING = "governance.approvals.required";
    /** Longest reason kept with a decision. */
    public static final int MAX_REASON = 500;

    private ApprovalService() {
    }

    /** Whether exports from {@code workspace} need an approved policy revision. */
    public static boolean required(Workspace workspace) {
        return workspace.setting(REQUIRED_SETTING).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Switches the approval requirement on or off; a Privacy Officer or an Administrator may.
     *
     * @throws ApprovalException for an Analyst (recorded as a refusal)
     */
    public static void setRequired(Workspace workspace, Actor actor, boolean required) {
        if (actor.role() == Role.ANALYST) {
            throw refuse(workspace, actor, "approval-setting",
                    Message.of("approval.approvalService.analystCannotSet"));
        }
        workspace.setSetting(REQUIRED_SETTING, Boolean.toString(required));
        AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.APPROVAL, "approval-setting", null,
                AuditOutcome.SUCCESS, "required=" + required), null);
    }

    /** Stores a pending request and audits it. */
    public static Approval request(Workspace workspace, Actor actor, ApprovalRequest request) {
        Approval approval = new ApprovalStore(workspace).insert(request, actor.user(), Instant.now());
        AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.APPROVAL, approval.policyRef(), null,
                AuditOutcome.SUCCESS, "request=" + approval.id() + " status=pending risk=" + request.risk().summary()),
                null);
        return approval;
    }

    /**
     * Approves pending request {@code id}.
     *
     * @param reason optional comment (null or blank for none)
     * @throws ApprovalException when the actor is not a Privacy Officer, or the request is unknown or decided
     */
    public static Approval approve(Workspace workspace, Actor actor, long id, String reason) {
        return decide(workspace, actor, id, ApprovalStatus.APPROVED, reason);
    }

    /**
     * Rejects pending request {@code id} with a reason the requester will read.
     *
     * @throws ApprovalException when the reason is blank, the actor is not a Privacy Officer, or the request is
     *                           unknown or decided
     */
    public static Approval reject(Workspace workspace, Actor actor, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApprovalException(Message.of("approval.approvalService.rejectionNeedsReason"));
        }
        return decide(workspace, actor, id, ApprovalStatus.REJECTED, reason);
    }

    private static Approval decide(Workspace workspace, Actor actor, long id, ApprovalStatus status, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new ApprovalException(Message.of("approval.approvalService.reasonTooLong", why.length(),
                    MAX_REASON));
        }
        AuditAction action = status == ApprovalStatus.APPROVED ? AuditAction.APPROVAL : AuditAction.REJECTION;
        if (actor.role() != Role.PRIVACY_OFFICER) {
            throw refuse(workspace, actor, "approval " + id, status == ApprovalStatus.APPROVED
                    ? Message.of("approval.approvalService.onlyOfficerApproves", id, actor.user(), actor.role().code())
                    : Message.of("approval.approvalService.onlyOfficerRejects", id, actor.user(), actor.role().code()));
        }
        ApprovalStore store = new ApprovalStore(workspace);
        Approval current = store.find(id).orElseThrow(() -> new ApprovalException(
                Message.of("approval.approvalService.noRequest", id)));
        if (current.requestedBy() != null && current.requestedBy().equalsIgnoreCase(actor.user())) {
            // four-eyes (record 0034): no override, not even for an administrator, who may not decide at all
            throw refuse(workspace, actor, "approval " + id, status == ApprovalStatus.APPROVED
                    ? Message.of("approval.approvalService.fourEyesApprove", actor.user(), id)
                    : Message.of("approval.approvalService.fourEyesReject", actor.user(), id));
        }
        if (current.status() != ApprovalStatus.PENDING || !store.decide(id, status, actor.user(), Instant.now(), why)) {
            throw new ApprovalException(Message.of("approval.approvalService.alreadyDecided", id,
                    store.find(id).orElseThrow().status().code()));
        }
        Approval decided = store.find(id).orElseThrow();
        AuditService.record(workspace, actor.user(), new AuditEvent(action, decided.policyRef(), null,
                AuditOutcome.SUCCESS, "request=" + id + " status=" + status.code()
                + (why == null ? "" : " reason=" + abbreviate(why))), null);
        return decided;
    }

    /** Every request with {@code status}, or all when null, oldest first. */
    public static List<Approval> list(Workspace workspace, ApprovalStatus status) {
        return new ApprovalStore(workspace).approvals(status == null ? "" : " WHERE status = '" + status.code()
                + "'");
    }

    /** The request with {@code id}, if any. */
    public static Optional<Approval> find(Workspace workspace, long id) {
        return new ApprovalStore(workspace).find(id);
    }

    /** The newest approval of exactly {@code policyId} revision {@code revision}, if any. */
    public static Optional<Approval> approvedFor(Workspace workspace, String policyId, int revision) {
        return new ApprovalStore(workspace).approved(policyId, revision);
    }

    /**
     * The approval an export of {@code policyId}@{@code revision} leaves under: empty in a workspace that does not
     * require approvals (nor has one for this revision); the newest approval of exactly this revision otherwise.
     *
     * @throws ApprovalException when approvals are required and this revision has none (recorded as a refusal,
     *                           before anything is read or written)
     */
    public static Optional<Approval> requireApproval(Workspace workspace, String user, String policyId,
                                                     int revision) {
        Optional<Approval> approval = approvedFor(workspace, policyId, revision);
        if (approval.isEmpty() && required(workspace)) {
            AuditService.record(workspace, user, new AuditEvent(AuditAction.EXPORT, policyId + "@" + revision, null,
                    AuditOutcome.BLOCKED, "reason=no approval"), null);
            throw new ApprovalException(Message.of("approval.approvalService.noApproval", policyId, revision));
        }
        return approval;
    }

    /** Keeps a written export in the ledger (its id is what release reports and subject requests refer to). */
    public static ExportRecord recordExport(Workspace workspace, ExportRecord export) {
        return new ApprovalStore(workspace).insertExport(export);
    }

    /** Every export in the ledger, oldest first. */
    public static List<ExportRecord> exports(Workspace workspace) {
        return new ApprovalStore(workspace).exports();
    }

    /**
     * The export with id {@code idOrFile}, or else the newest export whose file name is {@code idOrFile}.
     */
    public static Optional<ExportRecord> findExport(Workspace workspace, String idOrFile) {
        List<ExportRecord> all = exports(workspace);
        if (idOrFile.matches("\\d{1,18}")) {
            long id = Long.parseLong(idOrFile);
            Optional<ExportRecord> byId = all.stream().filter(e -> e.id() == id).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return all.reversed().stream().filter(e -> java.nio.file.Path.of(e.file()).getFileName().toString()
                .equals(idOrFile)).findFirst();
    }

    private static ApprovalException refuse(Workspace workspace, Actor actor, String object, Message message) {
        AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.PERMISSION_DENIED, object, null,
                AuditOutcome.BLOCKED, "role=" + actor.role().code()), null);
        return new ApprovalException(message);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
