package io.safesegment.core.governance;

import java.time.Instant;

/**
 * One stored audit row.
 *
 * @param sequence    1, 2, 3 … without gaps
 * @param at          when (UTC)
 * @param user        who (the OS user until workspace accounts exist)
 * @param action      the action code ({@link AuditAction#code()})
 * @param object      what it was done to
 * @param fingerprint dataset SHA-256, or null
 * @param outcome     the outcome code ({@link AuditOutcome#code()})
 * @param detail      settings text, or null
 * @param prevHash    hex SHA-256 of the previous entry's canonical bytes (64 zeros for the first)
 * @param entryHash   hex SHA-256 of this entry's canonical bytes
 */
public record AuditEntry(long sequence, Instant at, String user, String action, String object, String fingerprint,
                         String outcome, String detail, String prevHash, String entryHash) {
}
