package io.safesegment.core.governance.approval;

import java.time.Instant;

/**
 * One stored approval request and its decision.
 *
 * @param id             stable id (referenced by export manifests and release reports)
 * @param policyId       policy id
 * @param policyRevision the exact revision approved or rejected
 * @param dataset        dataset the risk was measured on, or null
 * @param risk           the measured risk shown to the approver
 * @param note           the requester's note, or null
 * @param requestedBy    who asked
 * @param requestedAt    when
 * @param status         pending, approved or rejected
 * @param decidedBy      the Privacy Officer who decided, or null while pending
 * @param decidedAt      when, or null while pending
 * @param reason         the officer's reason (required for a rejection), or null
 */
public record Approval(long id, String policyId, int policyRevision, String dataset, ApprovalRisk risk, String note,
                       String requestedBy, Instant requestedAt, ApprovalStatus status, String decidedBy,
                       Instant decidedAt, String reason) {
    /** {@code policy@revision}, the object named in the audit trail. */
    public String policyRef() {
        return policyId + "@" + policyRevision;
    }
}
