package io.safesegment.core.subject;

import java.time.Instant;

/**
 * One tracked data subject request (the person's value is not kept).
 *
 * @param id          request id (what the audit trail names)
 * @param type        find, access, rectify or erase (the last action taken)
 * @param key         what identified the person
 * @param receivedAt  when it was opened
 * @param deadline    30 days later (GDPR Art. 12(3))
 * @param status      {@code open} or {@code completed}
 * @param completedAt when it was completed, or null
 * @param handledBy   who last acted on it
 * @param outcome     counts of what was found or changed (no values), or null
 */
public record SubjectRequest(long id, String type, SubjectKey key, Instant receivedAt, Instant deadline,
                             String status, Instant completedAt, String handledBy, String outcome) {
    /** Whether it is still open after its deadline at {@code now}. */
    public boolean overdue(Instant now) {
        return "open".equals(status) && now.isAfter(deadline);
    }
}
