package io.safesegment.core.governance.retention;

import java.time.Instant;

/**
 * One dataset's retention: when it was registered, how long it may be kept, and whether that time has passed.
 *
 * @param datasetId  workspace dataset id
 * @param dataset    its name
 * @param createdAt  when it was registered
 * @param days       the retention period in days, or null when none is set
 * @param expiresAt  {@code createdAt + days}, or null without a period
 * @param exceeded   whether {@code expiresAt} has passed: delete or anonymise the dataset, or extend the period
 *                   with a recorded reason
 * @param reason     why this period was chosen (purpose, legal basis), or null
 */
public record RetentionStatus(long datasetId, String dataset, Instant createdAt, Integer days, Instant expiresAt,
                              boolean exceeded, String reason) {
}
