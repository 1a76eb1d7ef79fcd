package io.safesegment.core.governance;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.time.Instant;

/**
 * Which entries to list; null fields match everything.
 *
 * @param action          only this action
 * @param user            only this user
 * @param since           only entries at or after this time
 * @param until           only entries before this time
 * @param objectContains  only entries whose object contains this text (case-insensitive)
 */
public record AuditFilter(AuditAction action, String user, Instant since, Instant until, String objectContains) {
    /** Every entry. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** Refuses an empty time range. */
    public AuditFilter {
        if (since != null && until != null && !since.isBefore(until)) {
            throw new LocalizedArgumentException(Message.of("governance.auditFilter.emptyRange", since, until));
        }
    }

    boolean matches(AuditEntry e) {
        return (action == null || action.code().equals(e.action()))
                && (user == null || user.equals(e.user()))
                && (since == null || !e.at().isBefore(since))
                && (until == null || e.at().isBefore(until))
                && (objectContains == null || e.object().toLowerCase(java.util.Locale.ROOT)
                        .contains(objectContains.toLowerCase(java.util.Locale.ROOT)));
    }
}
