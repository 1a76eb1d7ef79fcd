package io.safesegment.core.governance.access;

/**
 * The alert rules of one workspace (workspace settings {@code alerts.*}; record 0025 documents the defaults). A
 * threshold alerts when a count is <em>more than</em> it; a negative threshold switches the rule off.
 *
 * @param directIdentifierExport alert on an export holding a direct identifier without a masking rule
 * @param failedSignIns          alert when an account's consecutive failed sign-ins exceed this (default 3)
 * @param reidentifiedRecords    alert when one re-identification covers more records than this (default 100)
 * @param blockedExportOverride  alert when a blocked export is released by an override
 * @param flaggedTransactions    alert when one scan for odd transactions flags more rows than this (default 0: any
 *                               flag on a governed workspace; issue 20 item 5)
 */
public record AlertRules(boolean directIdentifierExport, int failedSignIns, int reidentifiedRecords,
                         boolean blockedExportOverride, int flaggedTransactions) {
    /** The rules of a governed workspace that never changed them. */
    public static final AlertRules DEFAULTS = new AlertRules(true, 3, 100, true, 0);
    /** An ungoverned workspace raises no alert unless its rules were saved (its behaviour stays as before). */
    public static final AlertRules OFF = new AlertRules(false, -1, -1, false, -1);

    /** The four rules of issue 17, with the flagged-transactions rule at its default (any flag alerts). */
    public AlertRules(boolean directIdentifierExport, int failedSignIns, int reidentifiedRecords,
                      boolean blockedExportOverride) {
        this(directIdentifierExport, failedSignIns, reidentifiedRecords, blockedExportOverride, 0);
    }
}
