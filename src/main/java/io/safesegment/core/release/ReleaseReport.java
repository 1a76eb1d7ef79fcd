package io.safesegment.core.release;

import java.util.List;

/**
 * Everything a release report states about one export; rendered alike as HTML and PDF. Holds names, settings,
 * digests and measures — never a value of a data subject.
 *
 * @param exportId          the export's id in the workspace ledger
 * @param exportedAt        when the export was written
 * @param exportedBy        who wrote it
 * @param policy            {@code id@revision}
 * @param sourceDataset     the dataset it was made from
 * @param sourceFingerprint SHA-256 of that dataset, or null
 * @param lineage           the source's lineage, root first ({@code name (kind, sha256 prefix)})
 * @param columns           one line per column the policy names
 * @param before            risk of the source on the policy's quasi-identifiers
 * @param after             risk of the export on the same columns
 * @param utility           utility loss when measured, else a sentence saying it was not
 * @param leakScan          {@code clean}, or {@code blocked} (then {@code overridden} says whether it left anyway)
 * @param overridden        whether the export left despite a blocking leak scan
 * @param approvalId        the approval it was released under, or null
 * @param approver          the Privacy Officer who approved, or null
 * @param approvedAt        when, or null
 * @param approvedRisk      the risk the approver saw, or null
 * @param files             the exported files with size and SHA-256
 * @param generatedAt       when this report was made
 */
public record ReleaseReport(long exportId, String exportedAt, String exportedBy, String policy, String sourceDataset,
                            String sourceFingerprint, List<String> lineage, List<Column> columns, Risk before,
                            Risk after, String utility, String leakScan, boolean overridden, Long approvalId,
                            String approver, String approvedAt, String approvedRisk, List<FileDigest> files,
                            String generatedAt) {
    /** Copies the lists. */
    public ReleaseReport {
        lineage = List.copyOf(lineage);
        columns = List.copyOf(columns);
        files = List.copyOf(files);
    }

    /**
     * A column of the export.
     *
     * @param name  column name
     * @param role  privacy role
     * @param rule  the masking operator, or {@code keep}
     * @param gdpr  what the result is under the GDPR
     */
    public record Column(String name, String role, String rule, String gdpr) {
    }

    /**
     * Measured re-identification risk; null fields were not measured.
     *
     * @param k          k-anonymity
     * @param l          distinct l-diversity
     * @param t          t-closeness
     * @param prosecutor highest prosecutor risk
     * @param journalist highest journalist risk
     * @param marketer   marketer risk
     * @param note       why something was not measured, or null
     */
    public record Risk(Integer k, Integer l, Double t, Double prosecutor, Double journalist, Double marketer,
                       String note) {
        /** Not measured, with the reason. */
        public static Risk notMeasured(String why) {
            return new Risk(null, null, null, null, null, null, why);
        }
    }

    /**
     * One exported file.
     *
     * @param name   file name
     * @param size   bytes
     * @param sha256 lower-case hex SHA-256
     */
    public record FileDigest(String name, long size, String sha256) {
    }
}
