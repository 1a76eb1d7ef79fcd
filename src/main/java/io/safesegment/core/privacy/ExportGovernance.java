package io.safesegment.core.privacy;

import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ExportRecord;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The approval gate and export ledger of the masked-export path (decision 0026), kept out of {@link PrivacyService}
 * so its export code changes by two calls: {@link #approval} before anything is read, {@link #record} after the
 * file is written.
 */
final class ExportGovernance {
    private ExportGovernance() {
    }

    /**
     * The id of the approval of exactly this policy revision, or null in a workspace that does not require one.
     *
     * @throws io.safesegment.core.governance.approval.ApprovalException when it is required and missing
     */
    static Long approval(Path workspace, MaskingPolicy policy) {
        if (workspace == null) {
            return null;
        }
        return ApprovalService.requireApproval(Workspace.open(workspace), AuditService.actingUser(workspace),
                policy.id(), policy.revision()).map(Approval::id).orElse(null);
    }

    /** Keeps the written export in the ledger; returns its id. */
    static long record(Path workspace, Path output, String source, String sourceFingerprint, MaskingPolicy policy,
                       Long approvalId, boolean leakBlocked, long rows) {
        Path file = output.toAbsolutePath().normalize();
        return ApprovalService.recordExport(Workspace.open(workspace), new ExportRecord(0, Instant.now(),
                AuditService.actingUser(workspace), file.toString(), DatasetStore.fingerprint(file), source,
                sourceFingerprint, policy.id(), policy.revision(), approvalId, leakBlocked ? "blocked" : "clean",
                leakBlocked, rows)).id();
    }
}
