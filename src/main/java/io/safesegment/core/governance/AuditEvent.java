package io.safesegment.core.governance;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Objects;

/**
 * What a service records about one action. Only settings and names go here — a dataset or file name, a policy id and
 * revision, a key name, counts — never a value of a data subject, a key or a password.
 *
 * @param action      what was done
 * @param object      what it was done to (dataset, file name, key name, policy id@revision)
 * @param fingerprint SHA-256 of the dataset involved, or null
 * @param outcome     how it ended
 * @param detail      short settings text (e.g. {@code leakScan=clean}), or null
 */
public record AuditEvent(AuditAction action, String object, String fingerprint, AuditOutcome outcome, String detail) {
    /** Maximum length of {@link #detail} so an entry stays a log line, not a data dump. */
    public static final int MAX_DETAIL = 1000;

    /** Checks the required fields and the detail length. */
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (object == null || object.isBlank()) {
            throw new LocalizedArgumentException(Message.of("governance.auditEvent.needsObject"));
        }
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new LocalizedArgumentException(Message.of("governance.auditEvent.detailTooLong", detail.length(),
                    MAX_DETAIL));
        }
    }

    /** A successful action without detail. */
    public static AuditEvent success(AuditAction action, String object, String fingerprint) {
        return new AuditEvent(action, object, fingerprint, AuditOutcome.SUCCESS, null);
    }
}
