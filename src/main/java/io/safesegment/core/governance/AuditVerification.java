package io.safesegment.core.governance;

/**
 * Result of checking the chain and its checkpoints.
 *
 * @param valid                 true when no link and no checkpoint is broken
 * @param entries               how many entries were read
 * @param firstBrokenSequence   the first sequence whose entry or link does not check out, or null when valid
 * @param reason                why, for a person, or null when valid
 * @param checkpoints           how many checkpoints exist
 * @param checkpointsVerified   how many have a valid signature by a trusted key over the entry they cover
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenSequence, String reason,
                                int checkpoints, int checkpointsVerified) {
}
