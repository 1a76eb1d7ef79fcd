package io.safesegment.core.governance.approval;

/**
 * An approval action or a governed export was refused: no approval of the policy revision, a decision by a role that
 * may not decide, an unknown or already decided request. The message names the policy revision or request id and
 * what to do; it never holds personal values.
 */
public class ApprovalException extends RuntimeException {
    /** With a message a user can act on. */
    public ApprovalException(String message) {
        super(message);
    }
}
