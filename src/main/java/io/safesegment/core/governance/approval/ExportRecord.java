package io.safesegment.core.governance.approval;

import java.time.Instant;

/**
 * One masked export written from a workspace, as the release report and subject requests need it.
 *
 * @param id                stable id ({@code safesegment report --export ID})
 * @param at                when it was written
 * @param user              who wrote it
 * @param file              the exported file (absolute)
 * @param sha256            SHA-256 of the exported file when written
 * @param sourceDataset     name of the workspace dataset (or input file) it was made from
 * @param sourceFingerprint SHA-256 of the source dataset, or null
 * @param policyId          masking policy id
 * @param policyRevision    masking policy revision
 * @param approvalId        the approval it was released under, or null in an ungoverned workspace
 * @param leakScan          {@code clean} or {@code blocked}
 * @param overridden        whether it left despite a blocking leak scan
 * @param rows              rows written
 */
public record ExportRecord(long id, Instant at, String user, String file, String sha256, String sourceDataset,
                           String sourceFingerprint, String policyId, int policyRevision, Long approvalId,
                           String leakScan, boolean overridden, long rows) {
}
