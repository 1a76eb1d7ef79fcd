package io.safesegment.core.governance.approval;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Objects;

/**
 * A request that a Privacy Officer approve one policy revision for export.
 *
 * @param policyId       the masking policy id
 * @param policyRevision its revision (≥ 1): an approval covers exactly this revision
 * @param dataset        the dataset the risk was measured on (name), or null
 * @param risk           the measured risk after masking
 * @param note           why the export is needed (purpose, recipient), or null; never personal values
 */
public record ApprovalRequest(String policyId, int policyRevision, String dataset, ApprovalRisk risk, String note) {
    /** Validates. */
    public ApprovalRequest {
        if (policyId == null || policyId.isBlank()) {
            throw new LocalizedArgumentException(Message.of("approval.approvalRequest.needsPolicy"));
        }
        if (policyRevision < 1) {
            throw new LocalizedArgumentException(Message.of("approval.approvalRequest.revision", policyRevision));
        }
        risk = Objects.requireNonNullElse(risk, ApprovalRisk.NONE);
        if (note != null && note.length() > 500) {
            throw new LocalizedArgumentException(Message.of("approval.approvalRequest.noteTooLong", note.length()));
        }
    }
}
