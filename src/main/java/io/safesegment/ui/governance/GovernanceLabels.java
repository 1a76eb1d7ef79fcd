package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.ApprovalStatus;

/** Role and status names in the UI language (literal keys, so the localisation test sees each one used). */
final class GovernanceLabels {
    private GovernanceLabels() {
    }

    static String status(ApprovalStatus status) {
        return status == null ? i18n("governance.status.all") : switch (status) {
            case PENDING -> i18n("governance.status.pending");
            case APPROVED -> i18n("governance.status.approved");
            case REJECTED -> i18n("governance.status.rejected");
        };
    }

    static String role(Role role) {
        return switch (role) {
            case ANALYST -> i18n("governance.role.analyst");
            case PRIVACY_OFFICER -> i18n("governance.role.officer");
            case ADMINISTRATOR -> i18n("governance.role.admin");
        };
    }
}
